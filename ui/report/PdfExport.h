#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>

class QTextDocument;

namespace mpio::ui {

// The as-built report as PDF (issue 8): the very HTML that core/report renders, laid out by QTextDocument
// and printed through QPdfWriter on A4. QTextDocument cannot draw inline SVG, so the report's topology and
// share chart are rendered to images first. Whatever the Redactor knows is masked once more here: a PDF
// leaves the site, a secret must not (issue 9).
class PdfExport
{
    Q_DECLARE_TR_FUNCTIONS(mpio::ui::PdfExport)

public:
    static Status write(const QString& html, const QString& path, const QString& title = {});
    // Replaces every inline <svg>…</svg> with an <img> whose image is added to `document` as a resource.
    static QString inlineSvgAsImages(const QString& html, QTextDocument* document);
};

} // namespace mpio::ui
