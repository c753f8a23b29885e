package org.dutygraph.api;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.dutygraph.support.ServiceIT;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request past its time is answered with a GraphQL error and stops: no field of it is fetched afterwards. (The
 * complexity limit, which would refuse this query before it runs, is lifted here to let it run into the timeout.)
 */
@DisplayName("Abandoned requests")
@TestPropertySource(properties = {"dutygraph.graphql.timeout=1s", "dutygraph.graphql.max-complexity=100000000"})
class AbandonedRequestIT extends ServiceIT {

    @Autowired
    MeterRegistry meters;

    long bottlenecksFetched() {
        Timer timer = meters.find("graphql.datafetcher").tag("graphql.field.name", "bottlenecks").timer();
        return timer == null ? 0 : timer.count();
    }

    @Test
    void a_request_past_its_timeout_is_answered_as_graphql_and_fetches_nothing_more() throws Exception {
        long before = bottlenecksFetched();

        var answer = graphql().execute(bottlenecksAliased(400), Map.of());

        assertThat(answer.<String>read("$.errors[0].message")).isEqualTo("the request took longer than 1000 ms and was abandoned");
        Thread.sleep(1500); // a fetch in flight at the timeout ends
        long atStop = bottlenecksFetched();
        Thread.sleep(3000);
        assertThat(bottlenecksFetched()).as("nothing of the abandoned request runs on").isEqualTo(atStop);
        assertThat(atStop - before).as("it stopped well before its 400 fields").isPositive().isLessThan(400);
        assertThat(query("running-analysis-statements", Map.of()).getFirst().get("running").asLong())
                .as("no transaction of it is left in SHOW TRANSACTIONS").isZero();
        assertThat(graphql().execute("{ documents { id } }", Map.of()).<java.util.List<String>>read("$.data.documents[*].id"))
                .contains(SEED);
    }
}
