package org.skycrane.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlotFilesTest {

    @Test
    void clipPathIdsAreRenumberedInOrderOfFirstUse() {
        String svg = "<clipPath id=\"clip852117280\"/><g clip-path=\"url(#clip852117280)\"/><clipPath id=\"clip77\"/>";

        assertThat(PlotFiles.renumberClipIds(svg))
                .isEqualTo("<clipPath id=\"clip1\"/><g clip-path=\"url(#clip1)\"/><clipPath id=\"clip2\"/>");
    }
}
