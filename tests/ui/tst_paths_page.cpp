// The Paths page (issue 7, page 4) in a real X server: bad input typed into a cell (invalid IP, an IP outside
// the path's subnet, a duplicate vmk, a subnet written with host bits) marks that cell red with the rule in
// its tooltip, lists the finding under the table and keeps the page from advancing; correcting it lets the
// page advance. Every keystroke reaches WizardDraft::site (live validation). Empty vmk IPs are allocated.
#include "TestEnv.h"
#include "core/model/SiteJson.h"
#include "ui/widgets/TopologyView.h"
#include "ui/wizard/PageId.h"
#include "ui/wizard/WizardDraft.h"
#include "ui/wizard/pages/HostPathTableModel.h"
#include "ui/wizard/pages/PathTableModel.h"
#include "ui/wizard/pages/PathsPage.h"

#include <QAbstractButton>
#include <QBrush>
#include <QDir>
#include <QGraphicsLineItem>
#include <QGraphicsScene>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QWizard>

using namespace mpio;
using namespace mpio::ui;

namespace {

// The page in a wizard of its own, with a plain page after it so next() has somewhere to go.
struct Harness
{
    QWizard wizard;
    WizardDraft* draft = new WizardDraft(&wizard);
    PathsPage* page = nullptr;

    explicit Harness(Site site)
    {
        draft->site = std::move(site);
        page = new PathsPage(draft, &wizard);
        wizard.setPage(PathsPageId, page);
        wizard.setPage(StoragePageId, new QWizardPage(&wizard));
        wizard.setStartId(PathsPageId);
        wizard.resize(980, 720);
        wizard.show();
    }
    QTableView* table(const QString& name) const { return wizard.findChild<QTableView*>(name); }
};

Site seed()
{
    auto site = SiteJson::loadFile(test::dataPath(QStringLiteral("profiles/seed-two-paths.json")));
    return site ? *site : Site{};
}

// Types `text` into the cell as a user does: open the editor, select all, type, press Enter.
void typeInto(QTableView* table, const QModelIndex& index, const QString& text)
{
    table->setCurrentIndex(index); // opens the editor (AllEditTriggers) …
    if (!table->indexWidget(index))
        table->edit(index); // … or not, when the index was current already
    auto* editor = qobject_cast<QLineEdit*>(table->indexWidget(index));
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClick(editor, Qt::Key_Backspace);
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
}

int dashedRedLines(QGraphicsScene* scene)
{
    int n = 0;
    for (QGraphicsItem* item : scene->items())
        if (auto* line = qgraphicsitem_cast<QGraphicsLineItem*>(item))
            if (line->pen().style() == Qt::DashLine)
                ++n;
    return n;
}

} // namespace

class TestPathsPage : public QObject
{
    Q_OBJECT

    void shot(QWidget* w, const QString& name)
    {
        const QString dir = qEnvironmentVariable("MPIO_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QTest::qWait(100);
        QVERIFY(w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
    }

private slots:
    void badInputShowsAtTheFieldAndBlocks_data()
    {
        QTest::addColumn<QString>("tableName");
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("ruleId");
        QTest::addColumn<QString>("messagePart");

        const int ip = HostPathTableModel::Ip;
        const int vmk = HostPathTableModel::Vmk;
        QTest::newRow("invalid IP") << "hostPathTable" << 0 << ip << "10.20.10.300"
                                    << "NET-IP-IN-SUBNET"
                                    << "not a valid IPv4 address";
        QTest::newRow("wrong subnet") << "hostPathTable" << 0 << ip << "10.20.30.11"
                                      << "NET-IP-IN-SUBNET"
                                      << "not inside path A's subnet";
        QTest::newRow("broadcast") << "hostPathTable" << 2 << ip << "10.20.10.15"
                                   << "NET-IP-IN-SUBNET"
                                   << "broadcast";
        QTest::newRow("duplicate vmk") << "hostPathTable" << 1 << vmk << "vmk2"
                                       << "NET-UNIQUE"
                                       << "uses vmk2 twice";
        QTest::newRow("TrueNAS IP outside subnet")
            << "pathTable" << 1 << int(PathTableModel::TrueNasIp) << "10.20.10.13"
            << "NET-IP-IN-SUBNET"
            << "not inside path B's subnet";
        QTest::newRow("subnet with host bits")
            << "pathTable" << 0 << int(PathTableModel::Subnet) << "10.20.10.10/29"
            << "NAME-GRAMMAR"
            << "10.20.10.8/29";
    }

    void badInputShowsAtTheFieldAndBlocks()
    {
        QFETCH(QString, tableName);
        QFETCH(int, row);
        QFETCH(int, column);
        QFETCH(QString, text);
        QFETCH(QString, ruleId);
        QFETCH(QString, messagePart);

        Harness h(seed());
        QVERIFY(QTest::qWaitForWindowExposed(&h.wizard));
        QCOMPARE(h.wizard.currentId(), int(PathsPageId));
        QVERIFY2(h.page->isComplete(),
                 qPrintable(h.wizard.findChild<QLabel*>(QStringLiteral("pathFindings"))->text()));
        auto* scene = h.wizard.findChild<TopologyView*>(QStringLiteral("topologyView"))->scene();
        QCOMPARE(dashedRedLines(scene), 0);

        QTableView* table = h.table(tableName);
        const QModelIndex cell = table->model()->index(row, column);
        const QString original = cell.data(Qt::EditRole).toString();
        typeInto(table, cell, text);
        QCOMPARE(cell.data(Qt::DisplayRole).toString(), text);

        // At the field: red cell, rule and message in its tooltip.
        const QString tip = cell.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(ruleId) && tip.contains(messagePart), qPrintable(tip));
        QCOMPARE(cell.data(Qt::BackgroundRole).value<QBrush>().color(), QColor(0xff, 0xcd, 0xd2));
        // Under the table, and in the picture.
        const QString list = h.wizard.findChild<QLabel*>(QStringLiteral("pathFindings"))->text();
        QVERIFY2(list.contains(ruleId), qPrintable(list));
        QVERIFY(dashedRedLines(scene) > 0);
        // The page does not advance.
        QVERIFY(!h.page->isComplete());
        QVERIFY(!h.wizard.button(QWizard::NextButton)->isEnabled());
        h.wizard.next();
        QCOMPARE(h.wizard.currentId(), int(PathsPageId));
        if (qstrcmp(QTest::currentDataTag(), "wrong subnet") == 0)
            shot(&h.wizard, QStringLiteral("4-paths-error"));

        // Corrected, it advances.
        typeInto(table, cell, original);
        QVERIFY2(h.page->isComplete(),
                 qPrintable(h.wizard.findChild<QLabel*>(QStringLiteral("pathFindings"))->text()));
        QVERIFY(!cell.data(Qt::BackgroundRole).isValid());
        h.wizard.next();
        QCOMPARE(h.wizard.currentId(), int(StoragePageId));
    }

    void everyKeystrokeReachesTheDraft()
    {
        Harness h(seed());
        QVERIFY(QTest::qWaitForWindowExposed(&h.wizard));
        QTableView* table = h.table(QStringLiteral("hostPathTable"));
        const QModelIndex cell = table->model()->index(0, HostPathTableModel::Ip);
        table->setCurrentIndex(cell);
        if (!table->indexWidget(cell))
            table->edit(cell);
        auto* editor = qobject_cast<QLineEdit*>(table->indexWidget(cell));
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClick(editor, Qt::Key_Backspace);
        QTest::keyClicks(editor, QStringLiteral("10.20.10.1"));
        // Not committed with Enter yet: the draft and the validation already follow the typing.
        QCOMPARE(h.draft->site.hosts[0].paths[0].ip, QStringLiteral("10.20.10.1"));
        QVERIFY(!h.page->isComplete()); // .1 is outside 10.20.10.8/29
        QTest::keyClicks(editor, QStringLiteral("3"));
        QCOMPARE(h.draft->site.hosts[0].paths[0].ip, QStringLiteral("10.20.10.13"));
        QVERIFY(h.page->isComplete());
    }

    void emptyIpsAreAllocated()
    {
        Site site = seed();
        site.hosts[1].paths[0].ip.clear(); // esx02 on path A
        site.hosts[0].paths[1].ip.clear(); // esx01 on path B
        Harness h(site);
        QVERIFY(QTest::qWaitForWindowExposed(&h.wizard));
        // After the TrueNAS address, skipping what the profile already uses (IpAllocator).
        QCOMPARE(h.draft->site.hosts[1].paths[0].ip, QStringLiteral("10.20.10.12"));
        QCOMPARE(h.draft->site.hosts[0].paths[1].ip, QStringLiteral("10.20.20.11"));
        QCOMPARE(h.table(QStringLiteral("hostPathTable"))
                     ->model()
                     ->index(2, HostPathTableModel::Ip)
                     .data()
                     .toString(),
                 QStringLiteral("10.20.10.12"));
        QVERIFY(h.page->isComplete());
    }

    void topologyShowsEveryHop()
    {
        Harness h(seed());
        QVERIFY(QTest::qWaitForWindowExposed(&h.wizard));
        auto* scene = h.wizard.findChild<TopologyView*>(QStringLiteral("topologyView"))->scene();
        QStringList tips;
        int lines = 0;
        for (QGraphicsItem* item : scene->items()) {
            if (!item->toolTip().isEmpty())
                tips << item->toolTip();
            if (qgraphicsitem_cast<QGraphicsLineItem*>(item))
                ++lines;
        }
        for (const char* expected : {"esx01", "esx02", "vmk2 10.20.10.11", "vmk3 10.20.20.12", "vmnic3",
                                     "Core-A (A)", "Core-B (B)", "enp4s0f1\n10.20.20.10", "truenas"})
            QVERIFY2(tips.contains(QLatin1String(expected)), expected);
        // Per host and path: host→vmk, vmk→vmnic, vmnic→switch (4 × 3); per path switch→NIC, NIC→TrueNAS.
        QCOMPARE(lines, 4 * 3 + 2 * 2);
        shot(&h.wizard, QStringLiteral("4-paths-unit"));
    }

    void sixteenHostsStayUsable()
    {
        auto site = SiteJson::loadFile(test::dataPath(QStringLiteral("profiles/cluster-16.json")));
        QVERIFY(site.ok());
        Harness h(*site);
        QVERIFY(QTest::qWaitForWindowExposed(&h.wizard));
        QVERIFY2(h.page->isComplete(),
                 qPrintable(h.wizard.findChild<QLabel*>(QStringLiteral("pathFindings"))->text()));
        QCOMPARE(h.table(QStringLiteral("hostPathTable"))->model()->rowCount(), 16 * int(site->paths.size()));
        // The picture scales down to a readable minimum and scrolls beyond it.
        auto* view = h.wizard.findChild<TopologyView*>(QStringLiteral("topologyView"));
        QVERIFY(view->transform().m11() >= 0.6 - 1e-9 && view->transform().m11() <= 1.0);
        shot(&h.wizard, QStringLiteral("4-paths-cluster-16"));
    }
};

QTEST_MAIN(TestPathsPage)
#include "tst_paths_page.moc"
