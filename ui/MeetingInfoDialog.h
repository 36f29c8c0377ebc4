#pragma once

#include <QDialog>

namespace Plenary {

struct MeetingData;

/// The meeting's particulars and its working groups with their terms of reference.
class MeetingInfoDialog : public QDialog {
    Q_OBJECT
public:
    explicit MeetingInfoDialog(const MeetingData &meeting, QWidget *parent = nullptr);
};

} // namespace Plenary
