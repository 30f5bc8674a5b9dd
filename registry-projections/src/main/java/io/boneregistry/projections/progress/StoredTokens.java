package io.boneregistry.projections.progress;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
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

    public record SegmentToken(int segment, String owner, TrackingToken token) {

        public long position() {
            return token == null ? 0 : token.position().orElse(0);
        }

        /**
         * The highest global index up to which every event has been handled and committed: below
         * the token's first gap (an event not yet committed when later ones were read), else its position.
         */
        long settled() {
            TrackingToken lower = token == null ? null : WrappedToken.unwrapLowerBound(token);
            if (lower instanceof GapAwareTrackingToken gapAware && !gapAware.getGaps().isEmpty()) {
                return Math.min(position(), gapAware.getGaps().first() - 1);
            }
            return position();
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

    /** Every event up to this global index has reached the processor's read model; empty before it stored any token. */
    public OptionalLong settled(String processorName) {
        List<SegmentToken> tokens = of(processorName);
        return tokens.isEmpty() ? OptionalLong.empty() : OptionalLong.of(tokens.stream().mapToLong(SegmentToken::settled).min().orElse(0));
    }

    public List<SegmentToken> of(String processorName) {
        return jdbc.query("SELECT segment, token, tokenType, owner FROM TokenEntry WHERE processorName = ? ORDER BY segment",
                (rs, row) -> new SegmentToken(rs.getInt("segment"), rs.getString("owner"),
                        token(rs.getBytes("token"), rs.getString("tokenType"))), processorName);
    }

    private TrackingToken token(byte[] bytes, String type) {
        return bytes == null || type == null ? null
                : serializer.deserialize(new SimpleSerializedObject<>(bytes, byte[].class, type, null));
    }
}
