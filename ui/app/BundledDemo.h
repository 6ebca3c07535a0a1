#pragma once

#include <QString>

namespace deliverboard::ui {

// The demo campaign that ships with Deliverboard: installed under
// <prefix>/share/deliverboard/demo/, or the source tree's resources/demo/ when the app runs
// from its build folder. Empty when neither is there.
QString bundledDemoFolder();

} // namespace deliverboard::ui
