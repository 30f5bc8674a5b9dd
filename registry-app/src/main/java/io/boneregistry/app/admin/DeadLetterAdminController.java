package io.boneregistry.app.admin;

import io.boneregistry.app.security.CentreScoped;
import io.boneregistry.app.web.NotFoundException;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.List;

/**
 * The events a projection could not handle (docs/operations.md#faults): each is parked in its
 * projection's dead-letter queue with its cause, and the rest of its case waits behind it while the
 * projection goes on with every other case. A registry manager sees them here and, once the cause
 * is mended, has them handled again; a retry that fails again leaves them parked.
 */
@RestController
@RequestMapping("/api/admin/dead-letters")
@CentreScoped(CentreScoped.Scope.REGISTRY)
class DeadLetterAdminController {

    private final EventProcessingConfiguration processing;

    DeadLetterAdminController(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    @GetMapping
    List<DeadLetterView> all() {
        List<DeadLetterView> letters = new ArrayList<>();
        for (String projection : ProjectionAdminController.PROJECTIONS) {
            processing.deadLetterQueue(projection).ifPresent(queue -> letters.addAll(parked(projection, queue)));
        }
        return letters;
    }

    /** Handles the projection's parked sequences again, oldest first, until one fails; answers what is still parked. */
    @PostMapping("/{projection}/retry")
    RetryAnswer retry(@PathVariable String projection) {
        SequencedDeadLetterProcessor<EventMessage<?>> processor = processing.sequencedDeadLetterProcessor(projection)
                .orElseThrow(() -> new NotFoundException("no dead-letter queue for " + projection + "; there are "
                        + ProjectionAdminController.PROJECTIONS));
        int handled = 0;
        while (processor.processAny()) handled++;
        List<DeadLetterView> left = all().stream().filter(letter -> letter.projection().equals(projection)).toList();
        return new RetryAnswer(projection, handled, left);
    }

    private static List<DeadLetterView> parked(String projection, SequencedDeadLetterQueue<EventMessage<?>> queue) {
        List<DeadLetterView> letters = new ArrayList<>();
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
            for (DeadLetter<? extends EventMessage<?>> letter : sequence) letters.add(DeadLetterView.of(projection, letter));
        }
        return letters;
    }

    /** What a retry did: how many parked sequences were handled, and what is parked still. */
    record RetryAnswer(String projection, int sequencesHandled, List<DeadLetterView> stillParked) {
    }
}
