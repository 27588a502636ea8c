package no.oslo.styring.platform.problem;

import java.util.Map;

import jakarta.validation.ConstraintViolation;

/**
 * Bean Validation's messages in bokmål, for a caller whose Accept-Language asks for it (the portal). Hibernate Validator
 * ships no Norwegian, and its locale handling would have every service initialise every language at start; these are the
 * constraints the services use, said from the constraint and its attributes. Plain Java.
 */
final class BokmalConstraints {

    private BokmalConstraints() {
    }

    static String message(ConstraintViolation<?> violation) {
        var descriptor = violation.getConstraintDescriptor();
        Map<String, Object> a = descriptor.getAttributes();
        return switch (descriptor.getAnnotation().annotationType().getSimpleName()) {
            case "NotNull", "NotBlank", "NotEmpty" -> "må fylles ut";
            case "Size" -> "må ha mellom " + a.get("min") + " og " + a.get("max") + " tegn";
            case "Digits" -> "kan ha høyst " + a.get("integer") + " sifre før og " + a.get("fraction")
                    + " etter desimalkomma";
            case "PositiveOrZero" -> "må være 0 eller mer";
            case "Positive" -> "må være mer enn 0";
            case "Min", "DecimalMin" -> "må være minst " + a.get("value");
            case "Max", "DecimalMax" -> "kan være høyst " + a.get("value");
            case "Pattern" -> "har ikke riktig form";
            case "Email" -> "er ikke en e-postadresse";
            case "Future", "FutureOrPresent" -> "må være fram i tid";
            case "Past", "PastOrPresent" -> "må være tilbake i tid";
            default -> violation.getMessage();
        };
    }
}
