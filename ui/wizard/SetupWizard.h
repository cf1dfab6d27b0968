#pragma once

#include <QWizard>

namespace mpio::ui {

// The guided flow (DESIGN.md "The flow"). Pages arrive with the wizard issue; this is the frame.
class SetupWizard : public QWizard
{
    Q_OBJECT
public:
    explicit SetupWizard(QWidget* parent = nullptr);
};

} // namespace mpio::ui
