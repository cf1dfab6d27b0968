// A lab's certificate is trusted from the fingerprint the lab publishes in its state dir, per connection
// (TrueNasClient::Options::pinnedFingerprint), never through the pin store: labs draw fresh certificates on
// ephemeral loopback ports, so a stored pin from an earlier lab would refuse a later one on the same port
// (seen in CI), and a pin the user made for that address must stay as it is.
#include "core/common/AppPaths.h"
#include "core/lab/LabEndpoints.h"
#include "core/site/SiteConnection.h"
#include "core/truenas/CertificatePins.h"

#include <QTemporaryDir>
#include <QTest>

using namespace mpio;

namespace {
const QString kOld = QStringLiteral("11:22:33:44:55:66:77:88:99:00:AA:BB:CC:DD:EE:FF:"
                                    "11:22:33:44:55:66:77:88:99:00:AA:BB:CC:DD:EE:FF");
const QString kNew = QStringLiteral("AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:"
                                    "AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89");

LabEndpoints lab(int port, const QString& fingerprint)
{
    LabEndpoints l;
    l.hasTrueNas = true;
    l.truenas.host = QStringLiteral("127.0.0.1");
    l.truenas.port = port;
    l.truenas.apiUser = QStringLiteral("root");
    l.truenas.apiKey = QStringLiteral("1-labkeyforthetrustest");
    l.truenas.certSha256 = fingerprint;
    return l;
}
} // namespace

class TestLabTrust : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        AppPaths::setStateDir(m_dir.path());
        QVERIFY(CertificatePins().unpin(QStringLiteral("127.0.0.1"), 4443).ok());
    }

    void eachLabBringsItsOwnFingerprint()
    {
        const auto first = SiteConnection::fromLab(Site{}, lab(4443, kOld));
        QVERIFY(first.ok());
        QCOMPARE(first->truenas.pinnedFingerprint, kOld);
        const auto later = SiteConnection::fromLab(Site{}, lab(4443, kNew));
        QVERIFY(later.ok());
        QCOMPARE(later->truenas.pinnedFingerprint, kNew);
        QCOMPARE(*CertificatePins().pinned(QStringLiteral("127.0.0.1"), 4443), QString()); // nothing stored
    }

    void userPinIsNeverReplaced()
    {
        QVERIFY(CertificatePins()
                    .pin(QStringLiteral("127.0.0.1"), 4443, kOld, QStringLiteral("CN=localhost"))
                    .ok());
        QVERIFY(SiteConnection::fromLab(Site{}, lab(4443, kNew)).ok());
        QCOMPARE(*CertificatePins().pinned(QStringLiteral("127.0.0.1"), 4443), kOld);
        QCOMPARE(*CertificatePins().check(QStringLiteral("127.0.0.1"), 4443, kNew),
                 CertificatePins::Verdict::Changed);
    }
};

QTEST_GUILESS_MAIN(TestLabTrust)
#include "tst_lab_trust.moc"
