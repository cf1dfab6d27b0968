#include "core/truenas/TrueNasOperationRunner.h"

#include "core/credentials/CredentialStore.h"
#include "core/log/Log.h"
#include "core/log/Redactor.h"
#include "core/truenas/TrueNasClient.h"
#include "core/truenas/TrueNasErrors.h"
#include "core/truenas/TrueNasQuery.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimer>

namespace mpio {

namespace {

auto logger()
{
    return Log::get("truenas");
}

Error operationError(const QString& message, const QString& detail = {})
{
    return Error::make(QStringLiteral("truenas.operation"), message, detail);
}

QJsonValue firstMatch(const QJsonValue& result)
{
    if (result.isArray())
        return result.toArray().isEmpty() ? QJsonValue() : result.toArray().first();
    return result.isObject() ? result : QJsonValue();
}

} // namespace

TrueNasOperationRunner::TrueNasOperationRunner(TrueNasClient* client, CredentialStore* credentials,
                                               QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_credentials(credentials)
{}

bool TrueNasOperationRunner::matches(const QJsonValue& actual, const QJsonValue& expected)
{
    if (expected.isObject()) {
        if (!actual.isObject())
            return false;
        const QJsonObject a = actual.toObject();
        const QJsonObject e = expected.toObject();
        for (auto it = e.begin(); it != e.end(); ++it)
            if (!a.contains(it.key()) || !matches(a.value(it.key()), it.value()))
                return false;
        return true;
    }
    if (expected.isArray()) {
        const QJsonArray a = actual.toArray();
        const QJsonArray e = expected.toArray();
        if (!actual.isArray() || a.size() != e.size())
            return false;
        for (qsizetype i = 0; i < e.size(); ++i)
            if (!matches(a.at(i), e.at(i)))
                return false;
        return true;
    }
    if (expected.isDouble() && actual.isDouble())
        return expected.toDouble() == actual.toDouble();
    return actual == expected;
}

void TrueNasOperationRunner::apply(const TrueNasOperation& operation, FactsCallback done)
{
    const auto bound = TrueNasOperation::bind(operation.params, {}, m_facts);
    if (!bound) {
        done(bound.error());
        return;
    }
    QPointer<TrueNasOperationRunner> self(this);
    resolveSecrets(operation, bound->toArray(), [self, operation, done](Result<QJsonArray> params) {
        if (!self)
            return;
        if (!params) {
            done(params.error());
            return;
        }
        logger()->info("apply {}: {}", operation.id, operation.description);
        self->run(operation, operation.flow, operation.method, *params,
                  [self, operation, done](Result<QJsonValue> r) {
                      if (!self)
                          return;
                      if (!r) {
                          done(r.error());
                          return;
                      }
                      QJsonObject facts{{QStringLiteral("after"), *r}};
                      if (self->m_existed.value(operation.id))
                          facts.insert(QStringLiteral("existed"), true);
                      self->m_facts.insert(operation.id, facts);
                      done(facts);
                  });
    });
}

void TrueNasOperationRunner::undo(const TrueNasOperation& operation, const QJsonObject& facts,
                                  FactsCallback done)
{
    if (operation.undoMethod.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [done, note = operation.undoNote] {
                done(QJsonObject{{QStringLiteral("note"), note}});
            },
            Qt::QueuedConnection);
        return;
    }
    const auto bound = TrueNasOperation::bind(operation.undoParams, facts, m_facts);
    if (!bound) {
        done(bound.error());
        return;
    }
    logger()->info("undo {}: {} {}", operation.id, operation.undoMethod,
                   TrueNasOperation::flowName(operation.undoFlow));
    QPointer<TrueNasOperationRunner> self(this);
    run(operation, operation.undoFlow, operation.undoMethod, bound->toArray(),
        [self, operation, done](Result<QJsonValue> r) {
            if (!self)
                return;
            if (!r) {
                done(r.error());
                return;
            }
            self->m_facts.remove(operation.id);
            done(QJsonObject{{QStringLiteral("after"), *r}});
        });
}

void TrueNasOperationRunner::verify(const TrueNasOperation& operation, FactsCallback done)
{
    if (operation.verifyMethod.isEmpty() || !m_client) {
        QMetaObject::invokeMethod(
            this, [done] { done(operationError(tr("This step has no read-only check."))); },
            Qt::QueuedConnection);
        return;
    }
    const auto bound = TrueNasOperation::bind(operation.verifyParams, {}, m_facts);
    if (!bound) {
        done(bound.error());
        return;
    }
    const QJsonObject expect = operation.verifyExpect;
    m_client->call(operation.verifyMethod, bound->toArray(), [done, expect](Result<QJsonValue> r) {
        if (!r) {
            done(r.error());
            return;
        }
        const QJsonValue match = firstMatch(*r);
        const bool applied = !match.isNull() && matches(match, expect);
        done(QJsonObject{{QStringLiteral("applied"), applied}, {QStringLiteral("after"), match}});
    });
}

void TrueNasOperationRunner::resolveSecrets(const TrueNasOperation& operation, QJsonArray params,
                                            std::function<void(Result<QJsonArray>)> done)
{
    if (operation.sensitive.isEmpty()) {
        done(params);
        return;
    }
    if (!m_credentials) {
        done(operationError(
            tr("%1 needs a secret from the keychain, but no credential store is set.").arg(operation.id)));
        return;
    }
    // One at a time: the list is short (CHAP secret, peer secret) and a keyring may prompt.
    struct State
    {
        QJsonValue payload;
        QStringList pending;
    };
    auto state = std::make_shared<State>();
    state->payload =
        QJsonObject{{QStringLiteral("method"), operation.method}, {QStringLiteral("params"), params}};
    state->pending = operation.sensitive;
    auto step = std::make_shared<std::function<void()>>();
    QPointer<TrueNasOperationRunner> self(this);
    *step = [self, state, step, done, id = operation.id]() {
        if (!self)
            return;
        if (state->pending.isEmpty()) {
            done(state->payload.toObject().value(QStringLiteral("params")).toArray());
            *step = nullptr; // break the cycle
            return;
        }
        const QString pointer = state->pending.takeFirst();
        const QString reference = TrueNasOperation::pointerGet(state->payload, pointer).toString();
        const CredentialStore::Key key = CredentialStore::Key::fromAccount(reference);
        if (!reference.startsWith(QLatin1String("keychain:")) || !key.isValid()) {
            done(operationError(
                tr("%1: the secret at %2 is not a keychain reference; refusing an inline secret.")
                    .arg(id, pointer)));
            *step = nullptr;
            return;
        }
        self->m_credentials->read(key, [self, state, step, done, pointer](Result<QString> secret) {
            if (!self)
                return;
            if (!secret) {
                done(secret.error());
                *step = nullptr;
                return;
            }
            Redactor::add(*secret);
            TrueNasOperation::pointerSet(state->payload, pointer, *secret);
            (*step)();
        });
    };
    (*step)();
}

void TrueNasOperationRunner::run(const TrueNasOperation& operation, TrueNasOperation::Flow flow,
                                 const QString& method, const QJsonArray& params, ValueCallback done)
{
    if (!m_client || !m_client->isReady()) {
        QMetaObject::invokeMethod(
            this,
            [done, method] {
                done(Error::make(TrueNasErrors::Connection,
                                 tr("Not connected to TrueNAS; %1 was not sent.").arg(method)));
            },
            Qt::QueuedConnection);
        return;
    }
    switch (flow) {
    case TrueNasOperation::Flow::Call:
        m_client->call(method, params, std::move(done));
        return;
    case TrueNasOperation::Flow::Job:
        m_client->callJob(method, params, std::move(done));
        return;
    case TrueNasOperation::Flow::InterfaceChange:
        runInterfaceChange(operation, params, std::move(done));
        return;
    case TrueNasOperation::Flow::ZvolCreate:
        m_existed.remove(operation.id);
        runZvolCreate(method, params, [this, id = operation.id, done](Result<QJsonValue> r) {
            if (r && r->toObject().value(QStringLiteral("$existed")).toBool()) {
                m_existed.insert(id, true);
                QJsonObject o = r->toObject();
                o.remove(QStringLiteral("$existed"));
                done(QJsonValue(o));
                return;
            }
            done(std::move(r));
        });
        return;
    }
}

void TrueNasOperationRunner::runInterfaceChange(const TrueNasOperation& operation, const QJsonArray& params,
                                                ValueCallback done)
{
    const QString nic = params.at(0).toString();
    const QJsonObject change = params.at(1).toObject();
    const int timeout = operation.checkinTimeoutSeconds;
    QPointer<TrueNasOperationRunner> self(this);
    QPointer<TrueNasClient> client = m_client;
    auto fail = [client, done](Error error, bool rollback) {
        if (rollback && client && client->isReady()) {
            client->call(QStringLiteral("interface.rollback"), {}, [done, error](Result<QJsonValue> r) {
                Error e = error;
                if (!r)
                    e.detail += QStringLiteral("; interface.rollback failed too: ") + r.error().toString();
                done(e);
            });
            return;
        }
        done(error);
    };
    // 1. Never the interface that carries this connection (TN-NET-CHECKIN).
    client->call(QStringLiteral("interface.websocket_interface"), {}, [=](Result<QJsonValue> current) {
        if (!self || !client)
            return;
        if (!current) {
            done(current.error());
            return;
        }
        if (current->toObject().value(QStringLiteral("name")).toString() == nic) {
            done(Error::make(
                QStringLiteral("truenas.operation"),
                tr("%1 carries the connection to TrueNAS; it is not changed (TN-NET-CHECKIN).").arg(nic),
                QStringLiteral("TN-NET-CHECKIN")));
            return;
        }
        // 2. Stage.
        client->call(QStringLiteral("interface.update"), params, [=](Result<QJsonValue> updated) {
            if (!self || !client)
                return;
            if (!updated) {
                fail(updated.error(), true); // discard whatever was staged
                return;
            }
            // 3. Apply with the rollback timer armed.
            const QJsonObject commit{{QStringLiteral("rollback"), true},
                                     {QStringLiteral("checkin_timeout"), timeout}};
            client->call(QStringLiteral("interface.commit"), {commit}, [=](Result<QJsonValue> committed) {
                if (!self || !client)
                    return;
                if (!committed) {
                    Error e = committed.error();
                    if (e.code == TrueNasErrors::Connection || e.code == TrueNasErrors::Timeout)
                        e.message +=
                            QLatin1Char(' ') +
                            tr("TrueNAS rolls the change of %1 back by itself within %2 s unless it is "
                               "checked in (TN-NET-CHECKIN).")
                                .arg(nic)
                                .arg(timeout);
                    fail(e, e.code != TrueNasErrors::Connection);
                    return;
                }
                // 4. Verify what TrueNAS now has, then reachability.
                const QJsonArray filter = TrueNasQuery::where(QStringLiteral("name"), nic);
                client->call(QStringLiteral("interface.query"), filter, [=](Result<QJsonValue> queried) {
                    if (!self || !client)
                        return;
                    if (!queried) {
                        fail(queried.error(), queried.error().code != TrueNasErrors::Connection);
                        return;
                    }
                    const QJsonValue entry = firstMatch(*queried);
                    QJsonObject expected = change;
                    expected.remove(QStringLiteral("ipv4_dhcp"));
                    if (!matches(entry, expected)) {
                        fail(operationError(
                                 tr("After the commit %1 does not show the requested settings; rolled "
                                    "back.")
                                     .arg(nic)),
                             true);
                        return;
                    }
                    auto checkin = [=]() {
                        client->call(QStringLiteral("interface.checkin"), {},
                                     [=](Result<QJsonValue> checked) {
                                         if (!checked) {
                                             done(checked.error());
                                             return;
                                         }
                                         logger()->info("{} checked in", nic);
                                         done(entry);
                                     });
                    };
                    if (!self->m_reachability) {
                        checkin();
                        return;
                    }
                    self->m_reachability(operation, [=](Status reachable) {
                        if (!self || !client)
                            return;
                        if (!reachable.ok()) {
                            Error e = reachable.error();
                            e.message = tr("%1 is not reachable after the change (%2); rolled back.")
                                            .arg(nic, e.message);
                            fail(e, true);
                            return;
                        }
                        checkin();
                    });
                });
            });
        });
    });
}

void TrueNasOperationRunner::runZvolCreate(const QString& method, const QJsonArray& params,
                                           ValueCallback done)
{
    const QString name = params.at(0).toObject().value(QStringLiteral("name")).toString();
    const QJsonArray query = TrueNasQuery::where(QStringLiteral("id"), name);
    QPointer<TrueNasOperationRunner> self(this);
    QPointer<TrueNasClient> client = m_client;
    const qint64 deadline = QDateTime::currentMSecsSinceEpoch() + m_zvolWaitMs;
    // Query before creating: a retry after a lost answer must never create twice.
    client->call(QStringLiteral("pool.dataset.query"), query, [=](Result<QJsonValue> before) {
        if (!self || !client)
            return;
        if (!before) {
            done(before.error());
            return;
        }
        if (const QJsonValue existing = firstMatch(*before); !existing.isNull()) {
            logger()->info("zvol {} already exists: not created again", name);
            QJsonObject o = existing.toObject();
            o.insert(QStringLiteral("$existed"), true);
            done(QJsonValue(o));
            return;
        }
        client->call(method, params, [=](Result<QJsonValue> created) {
            if (!self || !client)
                return;
            if (created) {
                self->waitForDiskChoice(name, deadline, done, *created);
                return;
            }
            if (created.error().code == TrueNasErrors::Validation ||
                created.error().code == TrueNasErrors::Connection) {
                done(created.error());
                return;
            }
            // §4.1: an error after the zvol was created (25.10.4 shim bug) — look before reporting failure.
            client->call(QStringLiteral("pool.dataset.query"), query, [=](Result<QJsonValue> after) {
                if (!self)
                    return;
                if (after && !firstMatch(*after).isNull()) {
                    logger()->warn("pool.dataset.create reported '{}' but {} exists: continuing",
                                   created.error().message, name);
                    self->waitForDiskChoice(name, deadline, done, firstMatch(*after));
                    return;
                }
                done(created.error());
            });
        });
    });
}

void TrueNasOperationRunner::waitForDiskChoice(const QString& zvol, qint64 deadline, ValueCallback done,
                                               QJsonValue created)
{
    if (!m_client) {
        done(Error::make(TrueNasErrors::Connection, tr("The TrueNAS connection is gone.")));
        return;
    }
    QPointer<TrueNasOperationRunner> self(this);
    m_client->call(QStringLiteral("iscsi.extent.disk_choices"), {}, [=](Result<QJsonValue> choices) {
        if (!self)
            return;
        if (!choices) {
            done(choices.error());
            return;
        }
        if (choices->toObject().contains(QStringLiteral("zvol/") + zvol)) {
            done(created);
            return;
        }
        if (QDateTime::currentMSecsSinceEpoch() >= deadline) {
            done(Error::make(
                TrueNasErrors::Timeout,
                tr("The zvol %1 was created, but its device did not show up in the extent choices in "
                   "time; wait a moment and run the step again (it will not create the zvol twice).")
                    .arg(zvol)));
            return;
        }
        QTimer::singleShot(self->m_zvolPollMs, self, [=] {
            if (self)
                self->waitForDiskChoice(zvol, deadline, done, created);
        });
    });
}

} // namespace mpio
