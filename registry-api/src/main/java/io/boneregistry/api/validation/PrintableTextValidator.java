package io.boneregistry.api.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** The rule behind {@link PrintableText}: tab and line breaks allowed, other control and unpaired surrogate characters not. */
public class PrintableTextValidator implements ConstraintValidator<PrintableText, CharSequence> {

    public static final String MESSAGE = "printable text only: no control characters or broken Unicode";

    @Override
    public boolean isValid(CharSequence text, ConstraintValidatorContext context) {
        return isPrintable(text);
    }

    public static boolean isPrintable(CharSequence text) {
        if (text == null) return true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') continue;
            if (Character.isISOControl(c) || c == '\uFFFE' || c == '\uFFFF') return false;
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) return false;
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
