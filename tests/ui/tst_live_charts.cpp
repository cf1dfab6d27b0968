// The live page's two charts (issue 7, page 11), as widgets in a real X server: PathLinesView draws exactly
// the lines it is given (others hidden, colours kept), re-ranges y, hides the legend above 8 lines and drops
// antialiasing above 16 (the frame-time budget, issue 9); ShareBarsView moves its values in place while the
// shape stays and rebuilds when paths or hosts change — what it draws is what summary() and the bar sets say.
#include "ui/widgets/PathLinesView.h"
#include "ui/widgets/ShareBarsView.h"

#include <QBarSet>
#include <QChart>
#include <QHorizontalPercentBarSeries>
#include <QLineSeries>
#include <QTest>

using namespace mpio;
using namespace mpio::ui;

namespace {

QList<PathLinesView::Line> linesFor(int hosts, double iops)
{
    QList<PathLinesView::Line> lines;
    for (int h = 1; h <= hosts; ++h)
        for (int p = 0; p < 4; ++p)
            lines.append({QStringLiteral("esx%1/vmhba64:C%2:T0:L0").arg(h).arg(p),
                          {QPointF(-2, iops / 2), QPointF(-1, iops), QPointF(0, iops / 4)}});
    return lines;
}

QLineSeries* lineNamed(const PathLinesView& view, const QString& name)
{
    for (QAbstractSeries* s : view.chart()->series())
        if (s->name() == name)
            return qobject_cast<QLineSeries*>(s);
    return nullptr;
}

DeviceShareResult device(const QString& host, QList<double> shares)
{
    DeviceShareResult d;
    d.host = host;
    d.device = QStringLiteral("naa.6589cfc000000aaa");
    for (qsizetype i = 0; i < shares.size(); ++i)
        d.paths.append({QStringLiteral("vmhba64:C%1:T0:L0").arg(i), QStringLiteral("active"),
                        shares[i] * 1000, shares[i]});
    d.activePaths = int(shares.size());
    return d;
}

QList<QList<double>> barValues(const ShareBarsView& view)
{
    QList<QList<double>> values;
    for (QAbstractSeries* s : view.chart()->series())
        if (auto* bars = qobject_cast<QHorizontalPercentBarSeries*>(s))
            for (QBarSet* set : bars->barSets()) {
                QList<double> v;
                for (int i = 0; i < set->count(); ++i)
                    v << set->at(i);
                values << v;
            }
    return values;
}

} // namespace

class TestLiveCharts : public QObject
{
    Q_OBJECT
private slots:
    void linesFollowWhatIsShown()
    {
        PathLinesView view(120);
        view.resize(800, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        view.showLines(linesFor(1, 800)); // one host: 4 lines, legend and smooth lines
        QCOMPARE(view.visibleLines(), 4);
        QVERIFY(view.legendShown());
        QVERIFY(view.antialiased());
        QCOMPARE(view.yTop(), 800 * 1.15);
        QLineSeries* first = lineNamed(view, QStringLiteral("esx1/vmhba64:C0:T0:L0"));
        QVERIFY(first);
        QCOMPARE(first->count(), 3);
        QCOMPARE(first->at(1), QPointF(-1, 800));
        const QColor colour = first->color();

        view.showLines(linesFor(16, 400)); // 64 lines: no legend, no antialiasing
        QCOMPARE(view.visibleLines(), 64);
        QVERIFY(!view.legendShown());
        QVERIFY(!view.antialiased());
        QCOMPARE(view.yTop(), 400 * 1.15);
        QCOMPARE(view.chart()->series().size(), 64);

        view.showLines(linesFor(1, 5)); // back to one host: the other 60 hidden, not deleted; y floor 10
        QCOMPARE(view.visibleLines(), 4);
        QCOMPARE(view.chart()->series().size(), 64);
        QVERIFY(!lineNamed(view, QStringLiteral("esx2/vmhba64:C0:T0:L0"))->isVisible());
        QVERIFY(first->isVisible());
        QCOMPARE(first->color(), colour);
        QCOMPARE(view.yTop(), 10 * 1.15);
        QVERIFY(view.legendShown() && view.antialiased());
    }

    void barsMoveInPlaceAndRebuildWhenTheShapeChanges()
    {
        ShareBarsView view;
        view.resize(600, 220);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        view.showShares(
            {device(QStringLiteral("esx02"), {0.5, 0.5}), device(QStringLiteral("esx01"), {0.6, 0.4})});
        QCOMPARE(view.summary(),
                 (QStringList{QStringLiteral("esx01: 60 % / 40 %"), QStringLiteral("esx02: 50 % / 50 %")}));
        QCOMPARE(barValues(view), (QList<QList<double>>{{60, 50}, {40, 50}})); // [path][host]
        auto* series = qobject_cast<QHorizontalPercentBarSeries*>(view.chart()->series().first());
        QBarSet* set0 = series->barSets().first();

        // Same hosts and paths: the values move, the sets stay.
        view.showShares(
            {device(QStringLiteral("esx01"), {0.5, 0.5}), device(QStringLiteral("esx02"), {1.0, 0.0})});
        QCOMPARE(series->barSets().first(), set0);
        QCOMPARE(barValues(view), (QList<QList<double>>{{50, 100}, {50, 0}}));
        QCOMPARE(view.summary(),
                 (QStringList{QStringLiteral("esx01: 50 % / 50 %"), QStringLiteral("esx02: 100 % / 0 %")}));

        // A third path on one host: rebuilt, the host with two paths gets an empty third segment.
        view.showShares(
            {device(QStringLiteral("esx01"), {0.4, 0.3, 0.3}), device(QStringLiteral("esx02"), {0.5, 0.5})});
        QCOMPARE(barValues(view), (QList<QList<double>>{{40, 50}, {30, 50}, {30, 0}}));

        // The host filter: one bar.
        view.showShares(
            {device(QStringLiteral("esx01"), {0.4, 0.6}), device(QStringLiteral("esx02"), {0.5, 0.5})},
            QStringLiteral("esx02"));
        QCOMPARE(view.summary(), QStringList{QStringLiteral("esx02: 50 % / 50 %")});
        QCOMPARE(barValues(view), (QList<QList<double>>{{50}, {50}}));
        QVERIFY(view.accessibleDescription().contains(QLatin1String("esx02: 50 % / 50 %")));
    }
};

QTEST_MAIN(TestLiveCharts)
#include "tst_live_charts.moc"
