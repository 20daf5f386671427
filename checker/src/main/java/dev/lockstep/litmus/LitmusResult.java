package dev.lockstep.litmus;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The verdict of one litmus test under one model, as {@code lockstep litmus --format json} prints it:
 * {@code allowed} when some consistent execution that passes the filter satisfies the condition's
 * proposition, else {@code forbidden}; the final states of the consistent executions that pass the
 * filter (sorted) and their number, and whether the exploration covered every execution (false when a
 * bound cut it: a {@code forbidden} is then only a verdict within the bound). {@code positive} / {@code negative} count those executions that
 * satisfy the proposition or not (herd's witnesses).
 */
@JsonPropertyOrder({"file", "name", "model", "verdict", "condition", "states", "executions", "complete", "time_ms"})
public record LitmusResult(String file, String name, String model, String verdict, String condition,
        List<String> states, long executions, boolean complete, @JsonProperty("time_ms") long timeMs,
        @JsonIgnore long positive, @JsonIgnore long negative) {

    public static final String ALLOWED = "allowed";
    public static final String FORBIDDEN = "forbidden";

    @JsonIgnore
    public boolean allowed() {
        return ALLOWED.equals(verdict);
    }
}
