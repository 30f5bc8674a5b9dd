package io.boneregistry.app.cases;

import io.boneregistry.api.access.CaseScope;
import io.boneregistry.api.cases.CaseAdviceView;
import io.boneregistry.api.cases.CaseHistory;
import io.boneregistry.api.cases.CasePage;
import io.boneregistry.api.cases.CaseStage;
import io.boneregistry.api.cases.CaseSummary;
import io.boneregistry.api.cases.FindCase;
import io.boneregistry.api.cases.FindCaseAdvice;
import io.boneregistry.api.cases.FindCaseHistory;
import io.boneregistry.api.cases.HistoryEntry;
import io.boneregistry.api.cases.ListCases;
import io.boneregistry.app.security.CentreScope;
import io.boneregistry.app.security.CentreScoped;
import io.boneregistry.app.security.Requester;
import io.boneregistry.app.security.Requesters;
import io.boneregistry.app.web.NotFoundException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Optional;

/** Looking cases up: the list, a case's summary, its advice and its audit trail. */
@RestController
@RequestMapping("/api/cases")
@CentreScoped(CentreScoped.Scope.CASE)
class CaseReadController {

    private final QueryGateway queries;

    CaseReadController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping
    @CentreScoped(CentreScoped.Scope.HANDLER)
    CasePage list(@RequestParam(required = false) String centreId,
                  @RequestParam(required = false) CaseStage stage,
                  @RequestParam(required = false) @Size(max = 40) String pseudonym,
                  @RequestParam(required = false) Boolean enteredInError,
                  @RequestParam(defaultValue = "0") @Min(0) int page,
                  @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        Requester requester = Requesters.required();
        if (centreId != null && !requester.seesCasesOf(centreId)) {
            throw CentreScope.refused("centreId", "cases only of the centres you are granted " + requester.centres());
        }
        return queries.query(new ListCases(centreId, stage, pseudonym, enteredInError, page, size, requester.caseScope()), CasePage.class)
                .join();
    }

    @GetMapping("/{caseId}")
    CaseSummary summary(@PathVariable String caseId) {
        return found(queries.query(new FindCase(caseId, scope()), ResponseTypes.optionalInstanceOf(CaseSummary.class)).join(), caseId);
    }

    @GetMapping("/{caseId}/advice")
    CaseAdviceView advice(@PathVariable String caseId) {
        return found(queries.query(new FindCaseAdvice(caseId, scope()), ResponseTypes.optionalInstanceOf(CaseAdviceView.class)).join(), caseId);
    }

    @GetMapping("/{caseId}/history")
    List<HistoryEntry> history(@PathVariable String caseId) {
        return found(queries.query(new FindCaseHistory(caseId, scope()), ResponseTypes.optionalInstanceOf(CaseHistory.class)).join(), caseId)
                .events();
    }

    private static CaseScope scope() {
        return Requesters.required().caseScope();
    }

    private static <T> T found(Optional<T> answer, String caseId) {
        return answer.orElseThrow(() -> new NotFoundException("no case " + caseId));
    }
}
