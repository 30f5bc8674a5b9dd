package io.boneregistry.outcomes.export;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;

/**
 * What one export does so that nobody can tell who a patient is: study ids from a random key that
 * lives only as long as the export (the same case gets the same id within it, a different one in
 * the next, and there is no table back to the case), dates as days since referral plus the year,
 * ages over 89 as "90+", and free text left out unless the export asked for it.
 */
public final class Deidentification {

    public static final int OLDEST_AGE_SHOWN = 89;
    public static final String OVER_89 = "90+";

    private final Mac mac;
    private final boolean freeText;

    private Deidentification(byte[] key, boolean freeText) {
        try {
            this.mac = Mac.getInstance("HmacSHA256");
            this.mac.init(new SecretKeySpec(key, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
        this.freeText = freeText;
    }

    /** A fresh random key: nothing of this export's ids can be linked to another's. */
    public static Deidentification forOneExport(boolean freeText) {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return new Deidentification(key, freeText);
    }

    /** The case's study id in this export. */
    public String studyId(String caseId) {
        return "S-" + digest("case", caseId);
    }

    /** Any other registry id (an entry's, an event's), replaced the same way so references still hold. */
    public String pseudonymousId(String id) {
        return "X-" + digest("id", id);
    }

    /** A UUID standing for a registry id or a thing derived from one (a FHIR resource's id), the same way. */
    public String uuid(String id) {
        String hex = digestHex("uuid", id, 16);
        return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-" + hex.substring(16, 20) + "-" + hex.substring(20);
    }

    /** Referral year minus birth year (the registry knows no more), with ages over 89 as "90+"; null once erased. */
    public static String ageAtReferral(Integer birthYear, LocalDate referralDate) {
        if (birthYear == null) return null;
        int age = referralDate.getYear() - birthYear;
        return age > OLDEST_AGE_SHOWN ? OVER_89 : Integer.toString(age);
    }

    public static int daysSinceReferral(LocalDate referralDate, LocalDate date) {
        return (int) ChronoUnit.DAYS.between(referralDate, date);
    }

    public boolean keepsFreeText() {
        return freeText;
    }

    /** What was done, in words, for the export's manifest. */
    public List<String> statements() {
        return List.of(
                "Patients are identified by a random study id made for this export only; it cannot be traced back to the registry's case or to the centre's pseudonym, and the next export gives different ids.",
                "Other registry ids (entries, events, correlations) are replaced the same way, so references inside the export still hold.",
                "Dates are given as days since the case's referral (day 0) plus the calendar year; no full date is exported.",
                "Age is given at referral (referral year minus birth year); ages over " + OLDEST_AGE_SHOWN + " are given as " + OVER_89 + ". The birth year is not exported.",
                freeText ? "Free text is included, as a registry manager asked."
                        : "Free text (pain origin, complication descriptions, justifications, reasons for change) is left out.");
    }

    private String digest(String kind, String value) {
        return digestHex(kind, value, 8);
    }

    private synchronized String digestHex(String kind, String value, int bytes) {
        mac.update(kind.getBytes(StandardCharsets.UTF_8));
        byte[] hash = mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(hash, 0, bytes);
    }
}
