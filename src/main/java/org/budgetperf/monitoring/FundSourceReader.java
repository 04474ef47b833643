package org.budgetperf.monitoring;

import org.budgetperf.declaration.FundSource;

/** A fund source by its name ({@code TOTAL}) or, as the Tasklist form shows and submits it, its label (资金总额). */
class FundSourceReader extends LabelledReader<FundSource> {

    FundSourceReader() {
        super(FundSource.class, FundSource::label, "资金来源应为表中列出的资金来源");
    }
}
