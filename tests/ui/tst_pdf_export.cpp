// The as-built report as PDF (issue 8, ui/report/PdfExport): a report with a journal change, jumbo cells and
// the share chart becomes a PDF that starts with %PDF, whose text (extracted by poppler's pdftotext) holds
// the report's content and no secret — a secret the Redactor knows is masked even where it leaked into the
// report's data. The extracted text must contain a known marker first, so the secret check can fail.
// Inline SVG (topology, share chart) is rendered to images, as QTextDocument cannot draw SVG.
#include "TestEnv.h"
#include "core/log/Redactor.h"
#include "core/model/SiteJson.h"
#include "core/report/HtmlReport.h"
#include "ui/report/PdfExport.h"
#include "ui/report/WizardReport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QUrl>

using namespace mpio;
using namespace mpio::ui;

namespace {

const QString kSecret = QStringLiteral("Chap-S3cret-4711!");

// The text of a PDF, as a reader would copy it (bounded: 30 s).
QString pdfText(const QString& pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"),
            {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QStringLiteral("<pdftotext failed: %1>").arg(p.errorString());
    // Table cells wrap: one space for every run of white space, so phrases can be found across line breaks.
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

AsBuiltData reportWithALeakedSecret()
{
    AsBuiltData data;
    data.productVersion = QStringLiteral(MPIO_VERSION);
    data.generatedAt = QDateTime::currentDateTimeUtc();
    const auto site = SiteJson::loadFile(test::dataPath(QStringLiteral("profiles/seed-two-paths.json")));
    if (site)
        data.site = *site;
    // A secret where none belongs, as a bug elsewhere might put it: the report must still not show it.
    data.changes << AsBuiltData::Change{QDateTime::currentDateTimeUtc(),
                                        QStringLiteral("esxi"),
                                        QStringLiteral("esx01"),
                                        QStringLiteral("Set CHAP on the software iSCSI adapter"),
                                        QStringLiteral("esxcli iscsi adapter auth chap set --secret ") +
                                            kSecret,
                                        QStringLiteral("succeeded")};
    JumboCell cell;
    cell.host = QStringLiteral("esx01");
    cell.vmk = QStringLiteral("vmk1");
    cell.vmkPath = cell.portalPath = QStringLiteral("A");
    cell.portalIp = QStringLiteral("10.20.10.10");
    cell.verdict = JumboCell::Verdict::Pass;
    cell.ruleId = QStringLiteral("MTU-JUMBO-CHECK");
    cell.diagnosis = QStringLiteral("9000-byte frames pass from vmk1 to 10.20.10.10 (0.210 ms).");
    data.jumbo << cell;
    data.shares << AsBuiltData::PathShareFigure{QStringLiteral("esx01"),
                                                QStringLiteral("naa.6589cfc0000001"),
                                                QStringLiteral("vmhba64:C0:T0:L0"),
                                                QStringLiteral("active"),
                                                1000,
                                                0.5}
                << AsBuiltData::PathShareFigure{QStringLiteral("esx01"),
                                                QStringLiteral("naa.6589cfc0000001"),
                                                QStringLiteral("vmhba64:C1:T0:L0"),
                                                QStringLiteral("active"),
                                                1000,
                                                0.5};
    return data;
}

} // namespace

class TestPdfExport : public QObject
{
    Q_OBJECT

private slots:
    void init() { Redactor::add(kSecret); }
    void cleanup() { Redactor::remove(kSecret); }

    void reportAsPdfHasContentAndNoSecret()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("as-built.pdf"));
        const AsBuiltData data = reportWithALeakedSecret();
        QVERIFY(!data.site.name.isEmpty());
        const Status s = WizardReport::exportTo(data, pdf);
        QVERIFY2(s.ok(), qPrintable(s.error().toString()));
        const QByteArray bytes = test::readFile(pdf);
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.contains("%%EOF"));
        QVERIFY(bytes.size() > 5000);
        QVERIFY(!bytes.contains(kSecret.toUtf8()));

        const QString text = pdfText(pdf);
        // Positive controls: the extraction works, and the report's content made it into the PDF.
        QVERIFY2(text.contains(data.site.name), qPrintable(text.left(400)));
        QVERIFY(text.contains(QLatin1String("10.20.10.10")));
        QVERIFY(text.contains(QLatin1String("Set CHAP on the software iSCSI adapter")));
        QVERIFY(text.contains(QLatin1String("redacted")));
        QVERIFY2(!text.contains(kSecret), "the secret is in the PDF's text");
        // For a look at the layout (./run.sh screenshots): the PDF next to the wizard's pictures.
        if (const QString shots = qEnvironmentVariable("MPIO_SCREENSHOT_DIR"); !shots.isEmpty()) {
            QDir().mkpath(shots);
            QFile::remove(shots + QStringLiteral("/as-built-sample.pdf"));
            QVERIFY(QFile::copy(pdf, shots + QStringLiteral("/as-built-sample.pdf")));
        }
    }

    void pdfExportMasksWhatTheRedactorKnows()
    {
        // Straight HTML with a marker and the secret: the marker shows (the check can see text), the secret
        // not.
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("raw.pdf"));
        const QString html = QStringLiteral("<h1>VisibleMarker42</h1><p>password: %1</p>").arg(kSecret);
        QVERIFY(PdfExport::write(html, pdf, QStringLiteral("title with %1").arg(kSecret)).ok());
        const QByteArray bytes = test::readFile(pdf);
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(!bytes.contains(kSecret.toUtf8())); // the title is in the (uncompressed) info dictionary
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(QLatin1String("VisibleMarker42")), qPrintable(text));
        QVERIFY(!text.contains(kSecret));
    }

    void inlineSvgBecomesImages()
    {
        const AsBuiltData data = reportWithALeakedSecret();
        const QString html = HtmlReport::render(data);
        const int svgs = int(html.count(QLatin1String("</svg>")));
        QVERIFY(svgs >= 2); // topology and share chart
        QTextDocument doc;
        const QString converted = PdfExport::inlineSvgAsImages(html, &doc);
        QVERIFY(!converted.contains(QLatin1String("<svg")));
        QCOMPARE(int(converted.count(QLatin1String("<img src=\"mpio-svg-"))), svgs);
        for (int i = 0; i < svgs; ++i) {
            const QVariant image =
                doc.resource(QTextDocument::ImageResource, QUrl(QStringLiteral("mpio-svg-%1.png").arg(i)));
            QVERIFY(image.isValid());
            QVERIFY(!image.value<QImage>().isNull());
        }
    }

    void unwritablePathIsAnError()
    {
        const Status s =
            PdfExport::write(QStringLiteral("<p>x</p>"), QStringLiteral("/nonexistent-dir/sub/report.pdf"));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, QStringLiteral("report.io"));
    }
};

QTEST_MAIN(TestPdfExport)
#include "tst_pdf_export.moc"
