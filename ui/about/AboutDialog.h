#pragma once

#include <QDialog>

namespace mpio::ui {

// Version and the licences of what mpio-wizard is built on (issue 8, "finishing touches"): Qt (LGPLv3),
// libssh (LGPLv2.1), QtKeychain (BSD-3-Clause) and spdlog (MIT), each with a short text of what it allows
// and the versions the program runs with. Opened with the wizard's About button or F1, never with exec()
// (no nested event loop).
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);

    // The licence section as HTML (also what the dialog shows), for tests and the report's appendix.
    static QString licencesHtml();
};

} // namespace mpio::ui
