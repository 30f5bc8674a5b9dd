package io.boneregistry.projections.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A read model's rows held in memory by case, brought up to date before each answer by reading only
 * the cases changed since: a national registry's statistics and conformance are then a pass over
 * compact rows in memory, not a scan of millions of table rows per question. The tables stay the
 * record; each instance of the registry holds its own copy.
 * <p>
 * Asking whether anything moved takes no lock, so readers asking at once do not queue behind each
 * other; reading what moved does, and asks again inside it. Cases changed by events after the last
 * settled position (below which every event is committed) are read again each time anything moved,
 * so a late event behind a gap is never missed; a rebuild (a new generation) reads everything again.
 */
public final class HeldByCase<T> {

    private static final Logger log = LoggerFactory.getLogger(HeldByCase.class);

    /**
     * Where a read model stands: its rebuild generation, the position below which every event has
     * reached it, and the newest revision (event position) written to it.
     */
    public record Marks(long generation, long settled, long newest) {
    }

    /** The read model's tables, as this holder reads them. */
    public interface Source<T> {
        Marks marks();

        /** Every case changed by an event after {@code revision}, each with all its rows; every case for -1. */
        Map<String, T> casesChangedAfter(long revision);
    }

    /** The rows of every case at one set of marks; {@code version} names the marks, for answers kept per version. */
    public record Snapshot<T>(Marks marks, SortedMap<String, T> byCase) {
        public String version() {
            return marks.toString();
        }
    }

    private final Source<T> source;
    private volatile Snapshot<T> snapshot = new Snapshot<>(new Marks(-1, -1, -1), Collections.emptySortedMap());

    public HeldByCase(Source<T> source) {
        this.source = source;
    }

    /** Reads the rows on a thread of its own, so the first reader after a start does not wait for them. */
    public void readAhead(String name) {
        Thread reader = new Thread(() -> {
            try {
                current();
            } catch (RuntimeException e) {
                log.warn("{} not read ahead; the first request will read them: {}", name, e.toString());
            }
        }, name + "-read-ahead");
        reader.setDaemon(true);
        reader.start();
    }

    /** The rows as the tables hold them now. */
    public Snapshot<T> current() {
        Snapshot<T> last = snapshot;
        return source.marks().equals(last.marks()) ? last : refreshed();
    }

    private synchronized Snapshot<T> refreshed() {
        Snapshot<T> last = snapshot;
        Marks marks = source.marks();
        if (marks.equals(last.marks())) return last;
        boolean rebuilt = marks.generation() != last.marks().generation() || marks.settled() < last.marks().settled();
        TreeMap<String, T> cases = rebuilt ? new TreeMap<>() : new TreeMap<>(last.byCase());
        cases.putAll(source.casesChangedAfter(rebuilt ? -1 : last.marks().settled()));
        snapshot = new Snapshot<>(marks, Collections.unmodifiableSortedMap(cases));
        return snapshot;
    }
}
