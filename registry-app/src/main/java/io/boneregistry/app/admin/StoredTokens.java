package io.boneregistry.app.admin;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.OptionalLong;

/**
 * Every segment's stored token of a processor, whichever instance owns it, read without claiming:
 * the registry-wide view of how far a projection has read.
 */
@Component
public class StoredTokens {

    record SegmentToken(int segment, String owner, TrackingToken token) {

        long position() {
            return token == null ? 0 : token.position().orElse(0);
        }
    }

    private final JdbcTemplate jdbc;
    private final Serializer serializer;

    StoredTokens(JdbcTemplate jdbc, @Qualifier("serializer") Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    /** The position of the processor's slowest segment; empty before it stored any token. */
    public OptionalLong slowest(String processorName) {
        List<SegmentToken> tokens = of(processorName);
        return tokens.isEmpty() ? OptionalLong.empty() : OptionalLong.of(tokens.stream().mapToLong(SegmentToken::position).min().orElse(0));
    }

    List<SegmentToken> of(String processorName) {
        return jdbc.query("SELECT segment, token, tokenType, owner FROM TokenEntry WHERE processorName = ? ORDER BY segment",
                (rs, row) -> new SegmentToken(rs.getInt("segment"), rs.getString("owner"),
                        token(rs.getBytes("token"), rs.getString("tokenType"))), processorName);
    }

    private TrackingToken token(byte[] bytes, String type) {
        return bytes == null || type == null ? null
                : serializer.deserialize(new SimpleSerializedObject<>(bytes, byte[].class, type, null));
    }
}
