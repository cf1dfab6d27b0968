#pragma once

#include "core/model/Site.h"
#include "core/validation/Finding.h"

#include <QGraphicsView>

namespace mpio::ui {

// The site as a picture (issue 7, Paths page): each host → its vmk → vmnic → the path's switch → the TrueNAS
// NIC → TrueNAS, every path in its own colour. A link whose fields have an error finding is drawn dashed
// in red, so a wrong subnet or a duplicate vmk shows where it sits, not only in the list.
class TopologyView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit TopologyView(QWidget* parent = nullptr);
    void setSite(const Site& site, const Findings& findings);
    // The colour of path `index` (also used by the tables' legend).
    static QColor pathColour(int index);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void fit();
};

} // namespace mpio::ui
