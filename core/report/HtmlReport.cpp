#include "core/report/HtmlReport.h"

#include "core/checks/JumboDiagnosis.h"
#include "core/log/Redactor.h"
#include "core/model/ByteSize.h"

#include <QJsonDocument>
#include <QStringList>

namespace mpio {

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

// Colours per path, readable in print and for the common colour-vision deficiencies.
const char* const kPathColours[] = {"#0072B2", "#E69F00", "#009E73", "#CC79A7"};

QString colour(int index)
{
    return QLatin1String(kPathColours[index % 4]);
}

QString row(const QStringList& cells, bool header = false)
{
    const QString tag = header ? QStringLiteral("th") : QStringLiteral("td");
    QString out = QStringLiteral("<tr>");
    for (const QString& c : cells)
        out += QLatin1Char('<') + tag + QLatin1Char('>') + c + QStringLiteral("</") + tag + QLatin1Char('>');
    return out + QStringLiteral("</tr>\n");
}

const char* kCss = R"(body{font-family:"DejaVu Sans",Arial,sans-serif;margin:2em;color:#222;max-width:72em}
h1{font-size:1.6em;border-bottom:3px solid #0072B2;padding-bottom:.2em}h2{font-size:1.2em;margin-top:1.6em;color:#0b4f7c}
table{border-collapse:collapse;margin:.5em 0;font-size:.9em}th,td{border:1px solid #bbb;padding:.25em .5em;text-align:left;vertical-align:top}
th{background:#eef3f8}.pass{color:#0a7d32;font-weight:bold}.fail{color:#b00020;font-weight:bold}.warn{color:#a65f00;font-weight:bold}
.muted{color:#777}code{font-size:.95em}.meta{color:#555;font-size:.9em}svg{max-width:100%;height:auto})";

QString verdictClass(bool pass)
{
    return pass ? QStringLiteral("pass") : QStringLiteral("fail");
}

} // namespace

QString HtmlReport::topologySvg(const Site& site)
{
    const int hostCount = qMax<int>(1, int(site.hosts.size()));
    const int height = qMax(160, 40 + hostCount * 70);
    QString svg = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"760\" height=\"%1\" "
                                 "viewBox=\"0 0 760 %1\" role=\"img\" aria-label=\"%2\">\n")
                      .arg(height)
                      .arg(esc(tr("Topology")));
    const int tnX = 600, swX = 330, hostX = 20;
    const int tnY = height / 2 - 40;
    svg +=
        QStringLiteral(
            "<rect x=\"%1\" y=\"%2\" width=\"140\" height=\"80\" rx=\"6\" fill=\"#e8f1e8\" "
            "stroke=\"#1e7145\"/><text x=\"%3\" y=\"%4\" font-size=\"13\" text-anchor=\"middle\">%5</text>\n")
            .arg(tnX)
            .arg(tnY)
            .arg(tnX + 70)
            .arg(tnY + 20)
            .arg(esc(site.truenas.name));
    for (int p = 0; p < site.paths.size(); ++p) {
        const PathSpec& path = site.paths[p];
        const int swY = 30 + p * (height - 60) / qMax(1, int(site.paths.size()));
        const int nicY = tnY + 36 + p * 14;
        svg += QStringLiteral(
                   "<rect x=\"%1\" y=\"%2\" width=\"110\" height=\"34\" rx=\"4\" fill=\"#fff\" stroke=\"%3\" "
                   "stroke-width=\"2\"/><text x=\"%4\" y=\"%5\" font-size=\"11\" "
                   "text-anchor=\"middle\">%6</text>\n")
                   .arg(swX)
                   .arg(swY)
                   .arg(colour(p))
                   .arg(swX + 55)
                   .arg(swY + 14)
                   .arg(esc(path.switchName)) +
               QStringLiteral(
                   "<text x=\"%1\" y=\"%2\" font-size=\"9\" text-anchor=\"middle\">%3 · MTU %4</text>\n")
                   .arg(swX + 55)
                   .arg(swY + 27)
                   .arg(esc(path.subnet))
                   .arg(path.mtu);
        svg +=
            QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%4\" stroke=\"%5\" stroke-width=\"2\"/>"
                           "<text x=\"%6\" y=\"%7\" font-size=\"9\">%8 %9</text>\n")
                .arg(swX + 110)
                .arg(swY + 17)
                .arg(tnX)
                .arg(nicY)
                .arg(colour(p))
                .arg(tnX + 4)
                .arg(nicY + 3)
                .arg(esc(path.truenasNic), esc(path.truenasIp));
    }
    for (int h = 0; h < site.hosts.size(); ++h) {
        const HostSpec& host = site.hosts[h];
        const int y = 20 + h * 70;
        svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"150\" height=\"56\" rx=\"6\" fill=\"#e9eef7\" "
                              "stroke=\"#2b5797\"/><text x=\"%3\" y=\"%4\" font-size=\"12\">%5</text>\n")
                   .arg(hostX)
                   .arg(y)
                   .arg(hostX + 6)
                   .arg(y + 14)
                   .arg(esc(host.name));
        for (int k = 0; k < host.paths.size(); ++k) {
            const HostPathSpec& hp = host.paths[k];
            int p = 0;
            for (int i = 0; i < site.paths.size(); ++i)
                if (site.paths[i].name == hp.path)
                    p = i;
            const int swY = 30 + p * (height - 60) / qMax(1, int(site.paths.size()));
            const int ly = y + 28 + k * 12;
            svg += QStringLiteral(
                       "<text x=\"%1\" y=\"%2\" font-size=\"9\">%3 %4 %5</text>"
                       "<line x1=\"%6\" y1=\"%7\" x2=\"%8\" y2=\"%9\" stroke=\"%10\" stroke-width=\"2\"/>\n")
                       .arg(hostX + 6)
                       .arg(ly)
                       .arg(esc(hp.vmk), esc(hp.vmnic), esc(hp.ip))
                       .arg(hostX + 150)
                       .arg(ly - 3)
                       .arg(swX)
                       .arg(swY + 17)
                       .arg(colour(p));
        }
    }
    return svg + QStringLiteral("</svg>\n");
}

QString HtmlReport::shareChartSvg(const QList<AsBuiltData::PathShareFigure>& shares)
{
    const int barH = 22;
    const int height = 20 + int(shares.size()) * (barH + 8);
    QString svg = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"760\" height=\"%1\" "
                                 "viewBox=\"0 0 760 %1\" role=\"img\" aria-label=\"%2\">\n")
                      .arg(height)
                      .arg(esc(tr("IOPS share per path")));
    for (int i = 0; i < shares.size(); ++i) {
        const auto& s = shares[i];
        const int y = 10 + i * (barH + 8);
        const int w = int(qBound(0.0, s.share, 1.0) * 400);
        svg += QStringLiteral("<text x=\"0\" y=\"%1\" font-size=\"11\">%2 %3</text>"
                              "<rect x=\"260\" y=\"%4\" width=\"400\" height=\"%5\" fill=\"#eee\"/>"
                              "<rect x=\"260\" y=\"%4\" width=\"%6\" height=\"%5\" fill=\"%7\"/>"
                              "<text x=\"668\" y=\"%1\" font-size=\"11\">%8 % · %9 IOPS</text>\n")
                   .arg(y + 15)
                   .arg(esc(s.host), esc(s.path))
                   .arg(y)
                   .arg(barH)
                   .arg(w)
                   .arg(colour(i))
                   .arg(qRound(s.share * 100))
                   .arg(qRound(s.iops));
    }
    return svg + QStringLiteral("</svg>\n");
}

QString HtmlReport::render(const AsBuiltData& d)
{
    const Site& site = d.site;
    QString h;
    h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta "
                        "charset=\"utf-8\"><title>%2</title><style>%3</style></head><body>\n")
             .arg(tr("en"), esc(tr("As-built report: %1").arg(site.name)), QLatin1String(kCss));
    h += QStringLiteral("<h1>%1</h1>\n<p class=\"meta\">%2</p>\n")
             .arg(esc(tr("As-built report: %1").arg(site.name)),
                  esc(tr("Generated %1 by mpio-wizard %2")
                          .arg(d.generatedAt.toString(Qt::ISODate), d.productVersion)));

    h += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Site summary and topology")));
    h += QStringLiteral("<p>%1</p>\n")
             .arg(esc(tr("%n ESXi host(s), TrueNAS %1, %2 storage path(s).", nullptr, int(site.hosts.size()))
                          .arg(site.truenas.name)
                          .arg(site.paths.size())));
    h += topologySvg(site);

    h += QStringLiteral("<h2>%1</h2>\n<table>\n").arg(esc(tr("Paths")));
    h += row({tr("Path"), tr("Subnet"), tr("Switch"), tr("MTU"), tr("TrueNAS NIC / IP"),
              tr("Hosts (vmk, vmnic, IP)")},
             true);
    for (const PathSpec& p : site.paths) {
        QStringList hostCells;
        for (const HostSpec& host : site.hosts)
            if (const HostPathSpec* hp = host.pathFor(p.name))
                hostCells << esc(QStringLiteral("%1: %2, %3, %4").arg(host.name, hp->vmk, hp->vmnic, hp->ip));
        h += row({esc(p.name), esc(p.subnet), esc(p.switchName), QString::number(p.mtu),
                  esc(p.truenasNic + QStringLiteral(" / ") + p.truenasIp),
                  hostCells.join(QStringLiteral("<br>"))});
    }
    h += QStringLiteral("</table>\n");

    h += QStringLiteral("<h2>%1</h2>\n<table>\n").arg(esc(tr("TrueNAS")));
    h += row({tr("Version"), esc(d.truenasVersion.isEmpty() ? tr("not discovered") : d.truenasVersion)});
    h += row({tr("Pool"), esc(d.poolSummary.isEmpty() ? site.storage.pool : d.poolSummary)});
    h += row({tr("zvol"), esc(QStringLiteral("%1, %2, volblocksize %3, %4, sync=%5")
                                  .arg(site.storage.zvol, ByteSize::format(site.storage.sizeBytes),
                                       ByteSize::format(quint64(site.storage.volblocksize)),
                                       site.storage.compression.toLower(), site.storage.sync.toLower()))});
    h += row({tr("Target"), esc(site.iscsi.targetName)});
    if (!d.truenasObjects.isEmpty())
        h += row({tr("iSCSI objects"),
                  QStringLiteral("<code>") +
                      esc(QString::fromUtf8(QJsonDocument(d.truenasObjects).toJson(QJsonDocument::Compact))) +
                      QStringLiteral("</code>")});
    h += QStringLiteral("</table>\n");

    h += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("ESXi hosts")));
    if (d.hosts.isEmpty()) {
        h += QStringLiteral("<p class=\"muted\">%1</p>\n").arg(esc(tr("Not discovered in this run.")));
    } else {
        h += QStringLiteral("<table>\n") + row({tr("Host"), tr("Version"), tr("IQN"), tr("Port binding"),
                                                tr("Claim rule"), tr("Device policy")},
                                               true);
        for (const auto& host : d.hosts)
            h += row({esc(host.name), esc(host.version), esc(host.iqn), esc(host.bindingDecision),
                      esc(host.claimRule), esc(host.devicePolicy)});
        h += QStringLiteral("</table>\n");
    }

    h += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Jumbo frame check")));
    if (d.jumbo.isEmpty()) {
        h += QStringLiteral("<p class=\"muted\">%1</p>\n").arg(esc(tr("Not run.")));
    } else {
        h += QStringLiteral("<table>\n") +
             row({tr("Host"), tr("vmk"), tr("Portal"), tr("Result"), tr("Diagnosis")}, true);
        for (const JumboCell& c : d.jumbo) {
            const QString v = JumboDiagnosis::toString(c.verdict);
            h += row({esc(c.host), esc(c.vmk + QStringLiteral(" (") + c.vmkPath + QLatin1Char(')')),
                      esc(c.portalIp + QStringLiteral(" (") + c.portalPath + QLatin1Char(')')),
                      QStringLiteral("<span class=\"%1\">%2</span>").arg(v, esc(v)), esc(c.diagnosis)});
        }
        h += QStringLiteral("</table>\n");
    }

    h += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Verification")));
    if (d.verification.isEmpty())
        h += QStringLiteral("<p class=\"muted\">%1</p>\n").arg(esc(tr("Not run.")));
    else
        h += QStringLiteral("<ul>\n<li>") + [&] {
            QStringList items;
            for (const QString& v : d.verification)
                items << esc(v);
            return items.join(QStringLiteral("</li>\n<li>"));
        }() + QStringLiteral("</li>\n</ul>\n");

    h += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Load distribution (IOPS per path)")));
    if (d.shares.isEmpty())
        h += QStringLiteral("<p class=\"muted\">%1</p>\n").arg(esc(tr("No monitor samples in this run.")));
    else
        h += shareChartSvg(d.shares);

    h += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Failover test")));
    if (!d.failoverRan) {
        h += QStringLiteral("<p class=\"muted\">%1</p>\n").arg(esc(tr("Not run.")));
    } else {
        const FailoverResult& f = d.failover;
        h +=
            QStringLiteral("<p>%1</p>\n<table>\n")
                .arg(esc(tr("Fault: %1. Times measured on the monitor's clock, to one poll interval "
                            "(%2 ms); the longest I/O gap is estimated from the I/O counted in each interval "
                            "against the device's rate before the fault.")
                             .arg(f.fault)
                             .arg(qRound(f.pollIntervalMs))));
        h += row({tr("Step"), tr("Result"), tr("Measured")}, true);
        for (const FailoverStep& s : f.steps)
            h += row({esc(s.title),
                      !s.ran ? esc(tr("not run"))
                             : QStringLiteral("<span class=\"%1\">%2</span>")
                                   .arg(verdictClass(s.passed), s.passed ? esc(tr("pass")) : esc(tr("FAIL"))),
                      esc(s.detail)});
        h += QStringLiteral("</table>\n");
    }

    h += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Findings")));
    if (d.findings.isEmpty()) {
        h += QStringLiteral("<p>%1</p>\n").arg(esc(tr("No findings.")));
    } else {
        h += QStringLiteral("<table>\n") +
             row({tr("Rule"), tr("Severity"), tr("What"), tr("Fix"), tr("Source")}, true);
        for (const Finding& f : d.findings)
            h += row({esc(f.ruleId), esc(toString(f.severity)), esc(f.message), esc(f.fix), esc(f.source)});
        h += QStringLiteral("</table>\n");
    }

    if (!d.decisions.isEmpty()) {
        h += QStringLiteral("<h2>%1</h2>\n<table>\n").arg(esc(tr("Decisions"))) +
             row({tr("Decision"), tr("Why"), tr("Rule")}, true);
        for (const PlanDecision& dec : d.decisions)
            h += row({esc(dec.title), esc(dec.text), esc(dec.ruleId)});
        h += QStringLiteral("</table>\n");
    }

    h += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Changes made")));
    if (!d.journalPath.isEmpty())
        h += QStringLiteral("<p class=\"meta\">%1</p>\n")
                 .arg(esc(tr("From the journal %1").arg(d.journalPath)));
    if (d.changes.isEmpty()) {
        h += QStringLiteral("<p class=\"muted\">%1</p>\n").arg(esc(tr("No changes recorded.")));
    } else {
        h += QStringLiteral("<table>\n") +
             row({tr("Time"), tr("System"), tr("Change"), tr("Command"), tr("Status")}, true);
        for (const auto& c : d.changes)
            h += row({esc(c.at.toString(Qt::ISODate)), esc(c.host.isEmpty() ? c.side : c.host),
                      esc(c.description),
                      QStringLiteral("<code>") + esc(c.command) + QStringLiteral("</code>"), esc(c.status)});
        h += QStringLiteral("</table>\n");
    }
    h += QStringLiteral("</body></html>\n");
    return Redactor::redact(h);
}

} // namespace mpio
