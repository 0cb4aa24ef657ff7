package org.civichub.rest.internal.view;

import java.util.List;

/**
 * A record with what is wrong in it (e.g. {@code idNumber:id.checkCharacter}: the subject's ID number has a
 * wrong check character), where it stands, and the department that holds it and should fix it.
 */
public record FindingView(String recordKey, String department, String recordType, String state, String residentId,
                          List<String> findings) {
}
