#pragma once

#include "core/common/Result.h"
#include "core/truenas/ApiVersion.h"
#include "core/truenas/TrueNasOperation.h"
#include "core/truenas/TrueNasSnapshot.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace mpio {

// Builders for the TrueNAS side of the article's sequence (truenas-api.md Appendix A), each with its undo and
// a read-only verify. They refuse what the rules forbid instead of producing a bad call:
//   TN-NET-CHECKIN  never change the interface that carries the API connection; commit with rollback timer
//   TN-ONE-PORTAL   one portal with every path IP, never 0.0.0.0 / ::
//   TN-INITIATORS   an initiator group lists IQNs (an empty group would admit everyone)
//   TN-ZVOL         volsize a multiple of volblocksize; extent 512-byte logical blocks (VMware preset)
//   TN-SERVICE      enable at boot, then start; 25.10+ service.control (a job), 26 only that
// References to objects created by earlier operations are TrueNasOperation::stepFact(id, "/after/id"); ids of
// objects that already exist are plain integers.
class TrueNasOperations
{
    Q_DECLARE_TR_FUNCTIONS(mpio::TrueNasOperations) // the context lupdate gives tr() in its members
public:
    static Result<TrueNasOperation> interfaceChange(const TrueNasSnapshot& snapshot, const QString& nic,
                                                    int mtu, const QList<TrueNasSnapshot::Address>& aliases,
                                                    int checkinTimeoutSeconds = 60);
    static Result<TrueNasOperation> zvolCreate(const QString& name, qint64 volsize,
                                               const QString& volblocksize = QStringLiteral("16K"),
                                               const QString& compression = QStringLiteral("LZ4"),
                                               const QString& sync = QStringLiteral("ALWAYS"),
                                               bool sparse = false);
    static Result<TrueNasOperation> portal(const QStringList& ips, const QString& comment);
    static Result<TrueNasOperation> initiatorGroup(const QStringList& iqns, const QString& comment);
    // Secrets are keychain references ("keychain:mpio-wizard/chap/<host>/<user>"); peer* empty: one-way CHAP.
    static Result<TrueNasOperation> chapAuth(int tag, const QString& user, const QString& secretRef,
                                             const QString& peerUser = {}, const QString& peerSecretRef = {});
    // authMethod NONE, CHAP, CHAP_MUTUAL; authTag 0 with NONE.
    static Result<TrueNasOperation> target(const QString& name, const QJsonValue& portalId,
                                           const QJsonValue& initiatorId,
                                           const QString& authMethod = QStringLiteral("NONE"),
                                           int authTag = 0);
    // productId only on 25.10+ (refused for older versions: "Extra inputs are not permitted").
    static Result<TrueNasOperation> extent(const QString& name, const QString& zvol,
                                           const ApiVersion& version, const QString& comment = {},
                                           const QString& productId = {});
    static Result<TrueNasOperation> targetExtent(const QJsonValue& targetId, const QJsonValue& extentId,
                                                 int lunId = 0);
    // service.update enable=true, then start (service.start on 25.04, service.control START job on 25.10+).
    // wasEnabled/wasRunning come from discovery so the undo restores exactly that.
    static Result<QList<TrueNasOperation>> serviceEnableStart(const ApiVersion& version, bool wasEnabled,
                                                              bool wasRunning);

    // Ids used by the builders (so a later step can refer to an earlier one).
    static QString nicId(const QString& nic) { return QStringLiteral("truenas/nic/") + nic; }
    static QString zvolId() { return QStringLiteral("truenas/zvol"); }
    static QString portalId() { return QStringLiteral("truenas/portal"); }
    static QString initiatorId() { return QStringLiteral("truenas/initiator"); }
    static QString authId() { return QStringLiteral("truenas/auth"); }
    static QString targetId() { return QStringLiteral("truenas/target"); }
    static QString extentId() { return QStringLiteral("truenas/extent"); }
    static QString targetExtentId() { return QStringLiteral("truenas/targetextent"); }
};

} // namespace mpio
