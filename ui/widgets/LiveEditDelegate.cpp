#include "ui/widgets/LiveEditDelegate.h"

#include <QLineEdit>

namespace mpio::ui {

QWidget* LiveEditDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                        const QModelIndex&) const
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QStringLiteral("cellEditor"));
    edit->setFrame(false);
    auto* self = const_cast<LiveEditDelegate*>(this); // commitData is a signal; emitting does not mutate
    connect(edit, &QLineEdit::textEdited, self, [self, edit] { emit self->commitData(edit); });
    return edit;
}

void LiveEditDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    // The view pushes the model's value back into the open editor after each commit; when it is what the
    // user is typing (the model trims), leave the editor alone so the cursor does not jump to the end.
    auto* edit = qobject_cast<QLineEdit*>(editor);
    if (edit && edit->text().trimmed() == index.data(Qt::EditRole).toString())
        return;
    QStyledItemDelegate::setEditorData(editor, index);
}

} // namespace mpio::ui
