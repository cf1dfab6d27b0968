#include "ui/report/PdfExport.h"

#include "core/log/Redactor.h"

#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgRenderer>
#include <QTextDocument>
#include <QUrl>

namespace mpio::ui {

namespace {
constexpr int kDpi = 300;
constexpr double kSvgScale = 2.0; // images at twice their CSS size stay sharp in print
// The text column of an A4 page (margins and the report CSS body margin) is about 520 px wide: wider pictures
// (the 760 px topology) are scaled down to fit the page.
constexpr int kMaxImageWidth = 500;
} // namespace

QString PdfExport::inlineSvgAsImages(const QString& html, QTextDocument* document)
{
    QString out;
    qsizetype from = 0;
    for (int n = 0;; ++n) {
        const qsizetype begin = html.indexOf(QLatin1String("<svg"), from);
        if (begin < 0)
            break;
        const qsizetype end = html.indexOf(QLatin1String("</svg>"), begin);
        if (end < 0)
            break;
        const qsizetype stop = end + 6;
        out += html.mid(from, begin - from);
        QSvgRenderer renderer(html.mid(begin, stop - begin).toUtf8());
        if (renderer.isValid()) {
            const QSize size = renderer.defaultSize();
            QImage image(size * kSvgScale, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::white);
            QPainter painter(&image);
            renderer.render(&painter);
            painter.end();
            const QString name = QStringLiteral("mpio-svg-%1.png").arg(n);
            document->addResource(QTextDocument::ImageResource, QUrl(name), image);
            const QSize shown = size.width() > kMaxImageWidth
                                    ? QSize(kMaxImageWidth, size.height() * kMaxImageWidth / size.width())
                                    : size;
            out += QStringLiteral("<img src=\"%1\" width=\"%2\" height=\"%3\">")
                       .arg(name)
                       .arg(shown.width())
                       .arg(shown.height());
        }
        from = stop;
    }
    return out + html.mid(from);
}

Status PdfExport::write(const QString& html, const QString& path, const QString& title)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(QStringLiteral("report.io"), tr("Cannot write %1.").arg(path), file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setResolution(kDpi);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setTitle(Redactor::redact(title));
        writer.setCreator(QStringLiteral("mpio-wizard %1").arg(QStringLiteral(MPIO_VERSION)));
        QTextDocument document;
        document.setHtml(inlineSvgAsImages(Redactor::redact(html), &document));
        document.print(&writer); // lays the document out on the writer's pages and ends the PDF
    }
    if (file.size() == 0 || !file.commit())
        return Error::make(QStringLiteral("report.io"), tr("Cannot write %1.").arg(path), file.errorString());
    return Status();
}

} // namespace mpio::ui
