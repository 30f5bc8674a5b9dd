package io.boneregistry.projections.conformance;

import io.boneregistry.api.analysis.ConformanceEvaluation;
import io.boneregistry.api.analysis.ConformanceTallies;
import io.boneregistry.api.analysis.ConformanceTallies.RuleTally;
import io.boneregistry.api.analysis.FindConformanceTallies;
import io.boneregistry.api.guideline.EntryKind;
import io.boneregistry.projections.internal.HeldByCase;
import io.boneregistry.projections.internal.KeptAnswers;
import io.boneregistry.projections.progress.StoredTokens;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.LongSupplier;

/**
 * Conformance counted per rule and centre from every evaluation held in memory ({@link HeldByCase},
 * a few bytes each): a national registry's million evaluations are counted in milliseconds, where a
 * GROUP BY over the table took seconds. The deviations listed beside the counts are few, and read
 * from the table by case.
 */
@Component
public class ConformanceCounts {

    private static final int CASES_PER_READ = 500;

    private final JdbcTemplate jdbc;
    private final RuleIndex rules = new RuleIndex();
    private final HeldByCase<CaseEvaluations> held;
    private final KeptAnswers counted = new KeptAnswers();

    @Autowired
    public ConformanceCounts(JdbcTemplate jdbc, StoredTokens tokens) {
        this(jdbc, () -> tokens.settled(ConformanceProjection.NAME).orElse(0));
    }

    ConformanceCounts(JdbcTemplate jdbc, LongSupplier settled) {
        this.jdbc = jdbc;
        this.held = new HeldByCase<>(new HeldByCase.Source<>() {
            @Override
            public HeldByCase.Marks marks() {
                ConformanceProjection.Written written = ConformanceProjection.written(jdbc);
                return new HeldByCase.Marks(written.generation(), settled.getAsLong(), written.newest());
            }

            @Override
            public Map<String, CaseEvaluations> casesChangedAfter(long revision) {
                return read(revision);
            }
        });
    }

    /** Reads the evaluations once the registry has started, so the first auditor does not wait for them. */
    @EventListener(ContextRefreshedEvent.class)
    void readAhead() {
        held.readAhead("conformance");
    }

    /** Counted once per version of the evaluations and question (a dashboard asks the same again and again). */
    @QueryHandler
    public ConformanceTallies handle(FindConformanceTallies query) {
        HeldByCase.Snapshot<CaseEvaluations> snapshot = held.current();
        return counted.get(snapshot.version(), () -> new ConformanceTallies(counted(snapshot, query), deviations(snapshot, query)), query);
    }

    /**
     * Per rule and centre: the cases a rule was judged on, those deviating at least once, the deviating
     * entries, the cases advised otherwise, and the cases with an entry it could not be judged on.
     */
    private List<RuleTally> counted(HeldByCase.Snapshot<CaseEvaluations> snapshot, FindConformanceTallies query) {
        int ruleCount = rules.size();
        Map<String, int[][]> byCentre = new HashMap<>();
        int[] applied = new int[ruleCount];
        int[] deviating = new int[ruleCount];
        int[] advised = new int[ruleCount];
        int[] notJudged = new int[ruleCount];
        int from = CaseEvaluations.day(query.from(), Integer.MIN_VALUE);
        int to = CaseEvaluations.day(query.to(), Integer.MAX_VALUE);
        int caseNumber = 0;
        for (CaseEvaluations evaluations : snapshot.byCase().values()) {
            if (query.centreId() != null && !query.centreId().equals(evaluations.centreId())) continue;
            caseNumber++;
            int[][] counts = null;
            for (int i = 0; i < evaluations.size(); i++) {
                if (!evaluations.within(i, from, to)) continue;
                int rule = evaluations.rule(i);
                if (counts == null) counts = byCentre.computeIfAbsent(evaluations.centreId(), centre -> new int[ruleCount][5]);
                if (evaluations.notJudged(i)) {
                    if (notJudged[rule] != caseNumber) {
                        notJudged[rule] = caseNumber;
                        counts[rule][4]++;
                    }
                    continue;
                }
                if (applied[rule] != caseNumber) {
                    applied[rule] = caseNumber;
                    counts[rule][0]++;
                }
                if (evaluations.deviated(i)) {
                    counts[rule][2]++;
                    if (deviating[rule] != caseNumber) {
                        deviating[rule] = caseNumber;
                        counts[rule][1]++;
                    }
                }
                if (evaluations.advised(i) && advised[rule] != caseNumber) {
                    advised[rule] = caseNumber;
                    counts[rule][3]++;
                }
            }
        }
        List<RuleTally> tallies = new ArrayList<>();
        byCentre.forEach((centre, counts) -> {
            for (int rule = 0; rule < ruleCount; rule++) {
                int[] c = counts[rule];
                if (c[0] > 0 || c[4] > 0) tallies.add(new RuleTally(rules.id(rule), centre, c[0], c[1], c[2], c[3], c[4]));
            }
        });
        tallies.sort(Comparator.comparing(RuleTally::ruleId).thenComparing(RuleTally::centreId));
        return List.copyOf(tallies);
    }

    /**
     * The deviations of the cases inside the asker's scope, listed: the cases are those the held
     * evaluations show deviating in the period, read from the table by case (a few in a hundred).
     */
    private List<ConformanceEvaluation> deviations(HeldByCase.Snapshot<CaseEvaluations> snapshot, FindConformanceTallies query) {
        int from = CaseEvaluations.day(query.from(), Integer.MIN_VALUE);
        int to = CaseEvaluations.day(query.to(), Integer.MAX_VALUE);
        List<String> cases = new ArrayList<>();
        snapshot.byCase().forEach((caseId, evaluations) -> {
            if (query.centreId() != null && !query.centreId().equals(evaluations.centreId())) return;
            if (query.scope().includes(evaluations.centreId()) && evaluations.deviatedWithin(from, to)) cases.add(caseId);
        });
        EvaluationSelection selection = EvaluationSelection.of(query.centreId(), query.from(), query.to());
        List<ConformanceEvaluation> listed = new ArrayList<>();
        inParts(cases, (some, in) -> {
            List<Object> arguments = new ArrayList<>(List.of(selection.arguments()));
            arguments.addAll(some);
            listed.addAll(jdbc.query("SELECT " + ConformanceProjection.EVALUATION_COLUMNS + " FROM conformance_evaluation WHERE "
                            + selection.where() + " AND status = 'DEVIATED' AND case_id " + in + " ORDER BY case_id, entry_key, rule_id",
                    (rs, row) -> ConformanceProjection.evaluation(rs), arguments.toArray()));
        });
        return List.copyOf(listed);
    }

    /** Every changed case's evaluations (pre-procedure checks left out), each case with its centre even when it has none. */
    private Map<String, CaseEvaluations> read(long revision) {
        Map<String, CaseEvaluations.Builder> cases = new HashMap<>();
        RowCallbackHandler centre = rs -> {
            cases.put(rs.getString(1), new CaseEvaluations.Builder(rs.getString(2)));
        };
        RowCallbackHandler evaluation = rs -> {
            CaseEvaluations.Builder builder = cases.get(rs.getString(1));
            if (builder != null) builder.add(rules.of(rs.getString(2)), rs.getString(3), rs.getDate(4));
        };
        String evaluations = "SELECT case_id, rule_id, status, entry_date FROM conformance_evaluation WHERE entry_kind <> ?";
        if (revision < 0) {
            jdbc.query("SELECT case_id, centre_id FROM conformance_case", centre);
            jdbc.query(evaluations, evaluation, EntryKind.PRE_PROCEDURE_CHECKS.name());
        } else {
            Set<String> changed = new TreeSet<>(jdbc.queryForList("SELECT case_id FROM conformance_evaluation WHERE revision > ?", String.class, revision));
            changed.addAll(jdbc.queryForList("SELECT case_id FROM conformance_cleared WHERE revision > ?", String.class, revision));
            inParts(new ArrayList<>(changed), (some, in) -> {
                jdbc.query("SELECT case_id, centre_id FROM conformance_case WHERE case_id " + in, centre, some.toArray());
                List<Object> arguments = new ArrayList<>(List.of(EntryKind.PRE_PROCEDURE_CHECKS.name()));
                arguments.addAll(some);
                jdbc.query(evaluations + " AND case_id " + in, evaluation, arguments.toArray());
            });
        }
        Map<String, CaseEvaluations> built = new HashMap<>();
        cases.forEach((caseId, builder) -> built.put(caseId, builder.build()));
        return built;
    }

    /** Case ids in parts of a few hundred, each with its {@code IN (?, …)} clause: one read of the table's case index per part. */
    private static void inParts(List<String> caseIds, BiConsumer<List<String>, String> read) {
        for (int first = 0; first < caseIds.size(); first += CASES_PER_READ) {
            List<String> some = caseIds.subList(first, Math.min(caseIds.size(), first + CASES_PER_READ));
            read.accept(some, "IN (" + String.join(", ", Collections.nCopies(some.size(), "?")) + ")");
        }
    }
}
