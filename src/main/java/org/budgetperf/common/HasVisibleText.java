package org.budgetperf.common;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Like {@code @NotBlank}, but text of only invisible characters ({@link VisibleText}) is blank as well. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = HasVisibleText.Check.class)
public @interface HasVisibleText {

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<HasVisibleText, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return !VisibleText.isBlank(value);
        }
    }
}
