package org.budgetperf.common;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A page folder under static/ answers by its own address: {@code /excel/} shows {@code /excel/index.html} (Spring
 * serves a static file only by its full name, and a folder's index only at the root).
 */
@Controller
class PageFolders {

    @GetMapping("/{folder:[a-z][a-z0-9-]*}/")
    String index(@PathVariable String folder) {
        return "forward:/" + folder + "/index.html";
    }
}
