"""The one door to Qt: everything imports Qt from here, so pinning or swapping the binding is one file."""

from PySide6 import QtCore, QtGui, QtNetwork, QtPositioning, QtSvg, QtWidgets

Signal = QtCore.Signal
Slot = QtCore.Slot
Qt = QtCore.Qt

__all__ = ["QtCore", "QtGui", "QtNetwork", "QtPositioning", "QtSvg", "QtWidgets", "Qt", "Signal",
           "Slot"]
