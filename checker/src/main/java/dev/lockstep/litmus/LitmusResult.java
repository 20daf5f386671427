package dev.lockstep.litmus;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.lockstep.finding.Incompleteness;
import java.util.List;

/**
 * The verdict of one litmus test under one model, as {@code lockstep litmus --format json} prints it:
 * {@code allowed} when some consistent execution that passes the filter satisfies the condition's
 * proposition, else {@code forbidden}; the final states of the consistent executions that pass the
 * filter (sorted) and their number. {@code positive} / {@code negative} count those executions that
 * satisfy the proposition or not (herd's witnesses); {@code stops} say which bounds cut the
 * exploration (empty when it covered every execution; otherwise a {@code forbidden} holds only
 * within them).
 */
@JsonPropertyOrder({"file", "name", "model", "verdict", "condition", "states", "executions", "time_ms"})
public record LitmusResult(String file, String name, String model, String verdict, String condition,
        List<String> states, long executions, @JsonProperty("time_ms") long timeMs,
        @JsonIgnore long positive, @JsonIgnore long negative, @JsonIgnore List<Incompleteness> stops) {

    public static final String ALLOWED = "allowed";
    public static final String FORBIDDEN = "forbidden";

    @JsonIgnore
    public boolean complete() {
        return stops.isEmpty();
    }

    @JsonIgnore
    public boolean allowed() {
        return ALLOWED.equals(verdict);
    }
}
