#include "app/wizard/StartupProbe.h"
#include "core/log/Log.h"
#include "ui/i18n/Language.h"
#include "ui/wizard/SetupWizard.h"

#include <QApplication>
#include <cstdio>
#include <cstring>

int main(int argc, char* argv[])
{
    // --version answers without a display (packaging tests run it headless).
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0) {
            std::printf("mpio-wizard %s\n", MPIO_VERSION);
            return 0;
        }
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("mpio-wizard"));
    QApplication::setOrganizationName(QStringLiteral("mpio-wizard"));
    QApplication::setApplicationVersion(QStringLiteral(MPIO_VERSION));
    mpio::Log::init({});

    // --language system|en|de for this run only; otherwise the choice on the Welcome page (QSettings).
    QString language = mpio::ui::Language::setting();
    const QStringList args = QApplication::arguments();
    const qsizetype at = args.indexOf(QStringLiteral("--language"));
    if (at > 0 && at + 1 < args.size() && mpio::ui::Language::choices().contains(args[at + 1]))
        language = args[at + 1];
    mpio::ui::Language::install(&app, language);

    mpio::ui::SetupWizard wizard;
    QString profile, lab;
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--profile"))
            profile = args[i + 1];
        else if (args[i] == QLatin1String("--lab"))
            lab = args[i + 1];
    }
    wizard.preset(profile, lab);
    mpio::wizard::installStartupProbe(&wizard);
    wizard.show();
    const int rc = QApplication::exec();
    mpio::Log::shutdown();
    return rc;
}
