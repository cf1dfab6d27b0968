#pragma once

#include "ui/wizard/FieldFindings.h"

#include <QAbstractTableModel>

namespace mpio {
struct Site;
}

namespace mpio::ui {

// A table over part of the site profile that edits the profile in place and shows the validator's
// findings in the cells they concern: a red (error) or amber (warning) background and the rule id,
// message and fix as the tooltip. Subclasses say which profile field a cell is (its JSON location, the
// same one SiteValidator puts into Finding::field) and how to read and write it.
class SiteTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit SiteTableModel(Site* site, QObject* parent = nullptr);

    // The profile changed outside the model (a new profile, discovery filled fields): show it again.
    void reload();
    void setFindings(const FieldFindings& findings);
    // The cell showing `field`, invalid if this model has none.
    QModelIndex indexOf(const QString& field) const;

    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    // A cell was edited and the profile changed: re-validate.
    void edited();

protected:
    virtual QString field(int row, int column) const = 0; // empty: a read-only cell
    virtual QString value(int row, int column) const = 0;
    virtual void setValue(int row, int column, const QString& text) = 0;
    virtual QString header(int column) const = 0;
    // Extra words for the tooltip (what discovery saw there), empty if nothing.
    virtual QString note(int row, int column) const;

    Site* m_site;
    FieldFindings m_findings;
};

} // namespace mpio::ui
