package io.boneregistry.outcomes.statistics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The Aalen–Johansen cumulative incidence of the event of interest (cause 1) when a competing
 * event (cause 2, death) removes patients from risk: at each time, the all-cause survival just
 * before it times the share of those at risk who have the event then. R's survfit with a
 * multi-state status gives the same numbers.
 */
public final class AalenJohansen {

    public record Step(double time, int atRisk, int events, int competing, double cumulativeIncidence) {
    }

    private AalenJohansen() {
    }

    public static List<Step> cumulativeIncidence(List<Observation> observations) {
        List<Observation> sorted = new ArrayList<>(observations);
        sorted.sort(Comparator.comparingDouble(Observation::time));
        List<Step> steps = new ArrayList<>();
        double allCauseSurvival = 1;
        double incidence = 0;
        int atRisk = sorted.size();
        int i = 0;
        while (i < sorted.size()) {
            double time = sorted.get(i).time();
            int events = 0;
            int competing = 0;
            int leaving = 0;
            while (i < sorted.size() && sorted.get(i).time() == time) {
                if (sorted.get(i).cause() == 1) events++;
                if (sorted.get(i).cause() == 2) competing++;
                leaving++;
                i++;
            }
            incidence += allCauseSurvival * events / atRisk;
            allCauseSurvival *= 1 - (double) (events + competing) / atRisk;
            steps.add(new Step(time, atRisk, events, competing, incidence));
            atRisk -= leaving;
        }
        return steps;
    }
}
