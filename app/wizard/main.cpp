#include "app/wizard/StartupProbe.h"
#include "core/log/Log.h"
#include "ui/wizard/SetupWizard.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
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

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("mpio_wizard"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    mpio::ui::SetupWizard wizard;
    QString profile, lab;
    const QStringList args = QApplication::arguments();
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
