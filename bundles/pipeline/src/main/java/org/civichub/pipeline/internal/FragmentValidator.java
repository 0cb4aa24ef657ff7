package org.civichub.pipeline.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.civichub.model.PersonFragment;
import org.civichub.model.Violation;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Checks the Bean Validation constraints of a fragment and reports each broken one as a
 * {@link Violation} naming the source record's field and the rule ({@code property.constraint}).
 */
final class FragmentValidator implements AutoCloseable {

    private final ValidatorFactory factory;
    private final Validator validator;

    FragmentValidator() {
        Thread t = Thread.currentThread();
        ClassLoader previous = t.getContextClassLoader();
        // Hibernate Validator finds its own resources through the context class loader.
        t.setContextClassLoader(HibernateValidator.class.getClassLoader());
        try {
            this.factory = Validation.byProvider(HibernateValidator.class)
                    .providerResolver(() -> List.of(new HibernateValidator()))
                    .configure()
                    .messageInterpolator(new ParameterMessageInterpolator())
                    .buildValidatorFactory();
            this.validator = factory.getValidator();
        } finally {
            t.setContextClassLoader(previous);
        }
    }

    /** Every broken constraint, ordered by field; {@code sourceField} maps fragment properties to source fields. */
    List<Violation> validate(PersonFragment fragment, Map<String, String> sourceField) {
        return validator.validate(fragment).stream()
                .map(v -> toViolation(v, sourceField))
                .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::rule))
                .toList();
    }

    private static Violation toViolation(ConstraintViolation<PersonFragment> v, Map<String, String> sourceField) {
        String property = v.getPropertyPath().toString();
        String root = property.contains(".") ? property.substring(0, property.indexOf('.')) : property;
        String constraint = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        String rule = property + "." + Character.toLowerCase(constraint.charAt(0)) + constraint.substring(1);
        Object value = v.getInvalidValue();
        return new Violation(sourceField.getOrDefault(root, property), rule,
                value == null ? "" : String.valueOf(value), v.getMessage());
    }

    @Override
    public void close() {
        factory.close();
    }
}
