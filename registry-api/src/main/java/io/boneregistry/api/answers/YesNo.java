package io.boneregistry.api.answers;

/**
 * A yes/no question's answer: yes, no, or not known ({@code null}), never a default. Combining
 * answers follows three-valued logic, so "not known" is carried through rather than read as "no":
 * any yes makes {@link #any} yes, all no makes it no, otherwise it is not known.
 */
public final class YesNo {

    private YesNo() {
    }

    public static boolean yes(Boolean answer) {
        return Boolean.TRUE.equals(answer);
    }

    public static boolean no(Boolean answer) {
        return Boolean.FALSE.equals(answer);
    }

    public static boolean unknown(Boolean answer) {
        return answer == null;
    }

    /** Yes if any answer is yes; no if every answer is no; otherwise not known. */
    public static Boolean any(Boolean... answers) {
        boolean unknown = false;
        for (Boolean answer : answers) {
            if (yes(answer)) return true;
            unknown |= answer == null;
        }
        return unknown ? null : Boolean.FALSE;
    }

    /** Yes if every answer is yes; no if any answer is no; otherwise not known. */
    public static Boolean all(Boolean... answers) {
        boolean unknown = false;
        for (Boolean answer : answers) {
            if (no(answer)) return false;
            unknown |= answer == null;
        }
        return unknown ? null : Boolean.TRUE;
    }

    public static Boolean not(Boolean answer) {
        return answer == null ? null : !answer;
    }
}
