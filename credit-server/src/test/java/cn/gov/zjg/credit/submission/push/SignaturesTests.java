package cn.gov.zjg.credit.submission.push;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The worked example of docs/push-api.md is what the server computes, so the documentation cannot drift. */
class SignaturesTests {

    private static final Path DOC = Path.of("../docs/push-api.md");
    private static final String SECRET = "q3N8vX1bR7mK2pL9tY4wZ6cH0jF5sD8aE1gU3iO7nBk";
    private static final String BODY = "{\"records\":[{\"XK_XDR_MC\":\"张家港市示例贸易有限公司\",\"XK_XDR_LB\":\"法人及非法人组织\","
            + "\"XK_XDR_SHXYM\":\"91320582MA1W8U3Q2B\",\"XK_XKWS\":\"食品经营许可决定书\",\"XK_WSH\":\"张市监食经许〔2026〕0601号\","
            + "\"XK_XKLB\":\"普通\",\"XK_NR\":\"预包装食品销售\",\"XK_JDRQ\":\"2026/06/01\",\"XK_YXQZ\":\"2026/06/01\","
            + "\"XK_YXQZI\":\"2031/05/31\",\"XK_XKJG\":\"张家港市市场监督管理局\",\"XK_XKJGDM\":\"11320582MB1234567X\","
            + "\"XK_ZT\":\"1\",\"XK_LYDW\":\"张家港市市场监督管理局\",\"XK_LYDWDM\":\"11320582MB1234567X\"}]}";
    private static final String BODY_SHA256 = "9b024ab506a2b24cebef05168f3b27268bb1ffc51d5e0b79d99a0936e05b78ea";
    private static final String SIGNATURE = "739b4c09c2c46e064a286cb3bfa27c6c3b299a534d5878fd9da2444ec610d91d";

    @Test
    void documentedExampleSignatureIsWhatTheServerComputes() throws IOException {
        String bodyHash = Signatures.sha256Hex(BODY.getBytes(StandardCharsets.UTF_8));
        String stringToSign = Signatures.stringToSign("POST", "/api/v1/licenses", "1780275600", "7f3c9a1e5b2d4c6e",
                bodyHash);

        assertThat(bodyHash).isEqualTo(BODY_SHA256);
        assertThat(stringToSign).isEqualTo("POST\n/api/v1/licenses\n1780275600\n7f3c9a1e5b2d4c6e\n" + BODY_SHA256);
        assertThat(Signatures.sign(SECRET, stringToSign)).isEqualTo(SIGNATURE);
        assertThat(Files.readString(DOC, StandardCharsets.UTF_8)).contains(SECRET, BODY, BODY_SHA256, SIGNATURE);
    }

    @Test
    void signaturesAreComparedExactly() {
        assertThat(Signatures.matches(SIGNATURE, SIGNATURE)).isTrue();
        assertThat(Signatures.matches(SIGNATURE, SIGNATURE.toUpperCase())).isFalse();
        assertThat(Signatures.matches(SIGNATURE, SIGNATURE.substring(1))).isFalse();
        assertThat(Signatures.matches(SIGNATURE, null)).isFalse();
    }
}
