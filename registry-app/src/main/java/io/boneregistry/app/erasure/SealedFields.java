package io.boneregistry.app.erasure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.boneregistry.projections.privacy.PersonalFields;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * Seals and opens the personal fields of an event's JSON with its case's key: each value becomes
 * {@code "sealed:v1:" + base64(iv, AES-GCM ciphertext of the value's JSON)}, bound to the case id.
 * Without the key (erased) a sealed value opens as null, and a value to seal is stored as null.
 */
final class SealedFields {

    static final String MARKER = "sealed:v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final ObjectMapper json;
    private final SecureRandom random = new SecureRandom();

    SealedFields(ObjectMapper json) {
        this.json = json;
    }

    void seal(JsonNode event, String caseId, Optional<SecretKey> key) {
        PersonalFields.replace(event, value -> key.<JsonNode>map(k -> TextNode.valueOf(seal(value, caseId, k))).orElse(NullNode.instance));
    }

    void open(JsonNode event, String caseId, Optional<SecretKey> key) {
        PersonalFields.replace(event, value -> isSealed(value) ? key.map(k -> open(value.asText(), caseId, k)).orElse(NullNode.instance) : value);
    }

    static boolean isSealed(JsonNode value) {
        return value.isTextual() && value.asText().startsWith(MARKER);
    }

    private String seal(JsonNode value, String caseId, SecretKey key) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, key, iv, caseId);
            byte[] sealed = cipher.doFinal(json.writeValueAsBytes(value));
            return MARKER + Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException | JsonProcessingException e) {
            throw new IllegalStateException("cannot seal a personal field of case " + caseId, e);
        }
    }

    private JsonNode open(String sealed, String caseId, SecretKey key) {
        try {
            byte[] bytes = Base64.getDecoder().decode(sealed.substring(MARKER.length()));
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, Arrays.copyOf(bytes, IV_BYTES), caseId);
            return json.readTree(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES));
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot open a personal field of case " + caseId, e);
        }
    }

    private static Cipher cipher(int mode, SecretKey key, byte[] iv, String caseId) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(caseId.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
