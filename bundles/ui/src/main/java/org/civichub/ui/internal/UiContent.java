package org.civichub.ui.internal;

import java.net.URL;
import java.util.Optional;
import org.civichub.rest.WebContent;
import org.osgi.service.component.annotations.Component;

/**
 * The workbench's built files, carried by this bundle under {@value #ROOT}, served at {@code /ui/}.
 * Every file Vite writes has an extension; a name without one is a folder or a page of the app.
 */
@Component(service = WebContent.class)
public final class UiContent implements WebContent {

    static final String ROOT = "ui/";

    @Override
    public String path() {
        return "ui";
    }

    @Override
    public Optional<URL> file(String relativePath) {
        String name = relativePath.substring(relativePath.lastIndexOf('/') + 1);
        if (!name.contains(".")) {
            return Optional.empty();
        }
        return Optional.ofNullable(UiContent.class.getClassLoader().getResource(ROOT + relativePath));
    }
}
