package dev.lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code lockstep lsp} speaks JSON-RPC with LSP's framing on its streams and exits as the protocol says. */
class LspCommandTest {

    private static String frame(String json) {
        return "Content-Length: " + json.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + json;
    }

    private static int run(String input, ByteArrayOutputStream out) throws Exception {
        return new LspCommand(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out).call();
    }

    @Test
    void answersInitializeAndExitsZeroAfterShutdown() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = run(frame("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"capabilities\":{}}}")
                + frame("{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}")
                + frame("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"shutdown\"}")
                + frame("{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}"), out);
        assertEquals(0, code);
        String answer = out.toString(StandardCharsets.UTF_8);
        assertTrue(answer.startsWith("Content-Length: "), answer);
        assertTrue(answer.contains("\"codeActionProvider\":{\"codeActionKinds\":[\"quickfix\"]}"), answer);
        assertTrue(answer.contains("\"serverInfo\":{\"name\":\"lockstep\""), answer);
    }

    @Test
    void exitsOneWhenTheEditorGoesWithoutShuttingDown() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(1, run(frame("{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}"), out));
        assertEquals(1, run("", out), "the stream closed");
    }
}
