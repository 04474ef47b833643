package org.budgetperf.excel;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Posts a workbook as the multipart {@code file} part, with the demo password, as the Excel page does. */
public final class WorkbookUploads {

    private WorkbookUploads() {
    }

    public static ResponseEntity<JsonNode> post(TestRestTemplate rest, String user, String url, byte[] workbook) {
        return post(rest, user, url, workbook, new LinkedMultiValueMap<>());
    }

    /** With further form fields besides the file. */
    public static ResponseEntity<JsonNode> post(TestRestTemplate rest, String user, String url, byte[] workbook,
                                                MultiValueMap<String, Object> form) {
        form.add("file", new ByteArrayResource(workbook) {
            @Override
            public String getFilename() {
                return "绩效目标.xlsx";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return rest.withBasicAuth(user, "demo").postForEntity(url, new HttpEntity<>(form, headers), JsonNode.class);
    }
}
