#pragma once

#include <QStyledItemDelegate>

namespace mpio::ui {

// A line-edit delegate that writes every keystroke into the model, so validation runs live as the user
// types (issue 7: "findings shown inline at the field, live as you type"), not only when the cell is left.
class LiveEditDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
};

} // namespace mpio::ui
