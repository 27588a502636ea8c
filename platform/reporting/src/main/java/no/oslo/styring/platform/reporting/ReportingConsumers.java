package no.oslo.styring.platform.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudevents.CloudEvent;
import io.smallrye.reactive.messaging.annotations.Blocking;

import no.oslo.styring.contract.EventTypes;
import no.oslo.styring.contract.PeriodClosedV1;
import no.oslo.styring.contract.PeriodReopenedV1;
import no.oslo.styring.contract.UnitUpsertedV1;
import no.oslo.styring.platform.json.EventData;

/**
 * Consumes the assignment-service's topics. The channels ({@code periods}, {@code units}) are configured in each service's
 * application.properties with the CloudEvents SDK's deserializer. Types this version does not know are skipped, so the
 * producer can add types without breaking consumers.
 */
@ApplicationScoped
public class ReportingConsumers {

    private static final Logger LOG = Logger.getLogger(ReportingConsumers.class);

    @Inject
    PeriodCloser closer;

    @Inject
    UnitDirectory units;

    @Inject
    ObjectMapper json;

    @Incoming("periods")
    @Blocking(ordered = true)
    public void onPeriodEvent(CloudEvent event) {
        if (EventTypes.PERIOD_CLOSED.equals(event.getType())) {
            PeriodClosedV1 closed = EventData.read(json, event, PeriodClosedV1.class);
            if (closed != null) {
                closer.onPeriodClosed(event.getId(), closed);
            }
        } else if (EventTypes.PERIOD_REOPENED.equals(event.getType())) {
            PeriodReopenedV1 reopened = EventData.read(json, event, PeriodReopenedV1.class);
            if (reopened != null) {
                closer.onPeriodReopened(event.getId(), reopened);
            }
        } else {
            LOG.debugf("Ignoring %s on styring.periods", event.getType());
        }
    }

    @Incoming("units")
    @Blocking(ordered = true)
    public void onUnitEvent(CloudEvent event) {
        if (EventTypes.UNIT_UPSERTED.equals(event.getType())) {
            UnitUpsertedV1 unit = EventData.read(json, event, UnitUpsertedV1.class);
            if (unit != null) {
                units.apply(unit);
            }
        } else {
            LOG.debugf("Ignoring %s on styring.units", event.getType());
        }
    }
}
