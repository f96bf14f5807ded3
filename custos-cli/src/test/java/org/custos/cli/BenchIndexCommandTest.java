package org.custos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BenchIndexCommandTest {
    @Test
    void printsOneSummaryLineWithEveryField() {
        MatchCommandTest.MatchRun run = MatchCommandTest.MatchRun.of("bench", "index", "--size", "20000",
                "--dataset", "clustered", "--query-count", "100", "--threads", "2");
        assertThat(run.exitCode()).isZero();
        String json = run.out().getFirst();
        for (String field : new String[] {"entries", "queries", "build_ms", "p50_us", "p99_us", "qps_one_thread",
                "qps_all_threads", "bytes_per_entry", "matches", "bruteforce_p50_us"}) {
            assertThat(json).contains("\"" + field + "\": ");
        }
        assertThat(number(json, "entries")).isEqualTo(20000);
        assertThat(number(json, "queries")).isEqualTo(100);
        assertThat(number(json, "matches")).isPositive();
    }

    @Test
    void needsASizeOrFiles() {
        assertThat(MatchCommandTest.MatchRun.of("bench", "index", "--radius", "31").exitCode()).isEqualTo(2);
    }

    private static long number(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\": (\\d+)").matcher(json);
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }
}
