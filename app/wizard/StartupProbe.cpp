#include "app/wizard/StartupProbe.h"

#include <QApplication>
#include <QDateTime>
#include <QEvent>
#include <QTimer>
#include <QWidget>
#include <cstdio>

namespace mpio::wizard {
namespace {

class FirstPaintFilter : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_reported) {
            m_reported = true;
            std::printf("first-frame %lld\n", static_cast<long long>(QDateTime::currentMSecsSinceEpoch()));
            std::fflush(stdout);
            // Quit after this paint completes, not inside it.
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_reported = false;
};

} // namespace

void installStartupProbe(QWidget* window)
{
    if (qEnvironmentVariableIntValue("MPIO_STARTUP_PROBE") != 1)
        return;
    window->installEventFilter(new FirstPaintFilter(window));
}

} // namespace mpio::wizard
