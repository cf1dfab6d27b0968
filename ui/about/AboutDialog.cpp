#include "ui/about/AboutDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <libssh/libssh.h>
#include <spdlog/version.h>

// resources.qrc lives in the static mpio_ui library: without an explicit init the linker drops it and the
// icons are missing (Q_INIT_RESOURCE must be called outside a namespace; calling it twice is harmless).
static void initResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace mpio::ui {

namespace {

struct Licence
{
    QString name;
    QString version;
    QString licence;
    QString copyright;
    QString summary;
    QString url;
};

QString section(const Licence& l)
{
    return QStringLiteral("<h3>%1 %2 — %3</h3><p><i>%4</i></p><p>%5</p><p><a href=\"%6\">%6</a></p>")
        .arg(l.name.toHtmlEscaped(), l.version.toHtmlEscaped(), l.licence.toHtmlEscaped(),
             l.copyright.toHtmlEscaped(), l.summary.toHtmlEscaped(), l.url.toHtmlEscaped());
}

} // namespace

QString AboutDialog::licencesHtml()
{
    const QList<Licence> licences{
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion()),
         tr("GNU Lesser General Public License v3 (LGPLv3)"),
         tr("Copyright © The Qt Company Ltd. and other contributors."),
         tr("mpio-wizard uses the Qt libraries unmodified and links them dynamically, so you may replace "
            "them "
            "with your own build of the same version. The Qt source code and the full licence text are "
            "available from the Qt Project."),
         QStringLiteral("https://www.qt.io/licensing/open-source-lgpl-obligations")},
        {QStringLiteral("libssh"),
         QString::fromLatin1(ssh_version(0)).section(u'/', 0, 0), // "0.10.6/openssl/zlib"
         tr("GNU Lesser General Public License v2.1 (LGPLv2.1)"),
         tr("Copyright © Aris Adamantiadis, Andreas Schneider and the libssh contributors."),
         tr("Used for the SSH connections to the ESXi hosts. Linked dynamically and unmodified; you may "
            "replace the library with a compatible build. Source and licence text are on the libssh site."),
         QStringLiteral("https://www.libssh.org/")},
        {QStringLiteral("QtKeychain"), QString(), tr("BSD 3-Clause License"),
         tr("Copyright © Frank Osterfeld and the QtKeychain contributors."),
         tr("Stores the passwords and API keys in the operating system's keychain. Redistribution in source "
            "and binary form is permitted if the copyright notice, the list of conditions and the disclaimer "
            "are kept; the authors' names may not be used to promote products without permission. Provided "
            "as is, without any warranty."),
         QStringLiteral("https://github.com/frankosterfeld/qtkeychain")},
        {QStringLiteral("spdlog"),
         QStringLiteral("%1.%2.%3").arg(SPDLOG_VER_MAJOR).arg(SPDLOG_VER_MINOR).arg(SPDLOG_VER_PATCH),
         tr("MIT License"), tr("Copyright © Gabi Melman and the spdlog contributors."),
         tr("Writes the log files. Permission is granted free of charge to use, copy, modify, merge, "
            "publish, "
            "distribute, sublicense and sell copies, provided the copyright and permission notice are "
            "included. Provided as is, without any warranty."),
         QStringLiteral("https://github.com/gabime/spdlog")},
    };
    QString html;
    for (const Licence& l : licences)
        html += section(l);
    return html;
}

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
{
    initResources();
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About mpio-wizard"));
    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/mpio-wizard.svg")).pixmap(64, 64));
    auto* head = new QLabel(this);
    head->setObjectName(QStringLiteral("aboutVersion"));
    head->setTextFormat(Qt::RichText);
    head->setWordWrap(true);
    head->setText(QStringLiteral("<h2>mpio-wizard %1</h2><p>%2</p><p>%3</p>")
                      .arg(QStringLiteral(MPIO_VERSION),
                           tr("Sets up iSCSI multipathing between TrueNAS SCALE and VMware ESXi, verifies it "
                              "and keeps watching it.")
                               .toHtmlEscaped(),
                           tr("Licensed under the Apache License 2.0. Built with Qt %1, running on Qt %2.")
                               .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()))
                               .toHtmlEscaped()));
    auto* top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(head, 1);
    auto* licences = new QTextBrowser(this);
    licences->setObjectName(QStringLiteral("aboutLicences"));
    licences->setAccessibleName(tr("Licences of the components"));
    licences->setOpenExternalLinks(true);
    licences->setHtml(QStringLiteral("<h2>%1</h2>").arg(tr("Third-party components").toHtmlEscaped()) +
                      licencesHtml());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(licences, 1);
    layout->addWidget(buttons);
    resize(640, 560);
}

} // namespace mpio::ui
