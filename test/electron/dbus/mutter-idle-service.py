#!/usr/bin/python3
"""A stand-in for GNOME Mutter's IdleMonitor, run on a private session bus by the tests.

Prints "ready <bus address>" once it owns its name; each line read on stdin sets the idle
time (ms) that GetIdletime answers, and is acknowledged with "set <ms>". Ends when stdin
closes (dbus-run-session then ends the bus).
"""
import os
import sys

from gi.repository import Gio, GLib

NAME = "org.gnome.Mutter.IdleMonitor"
PATH = "/org/gnome/Mutter/IdleMonitor/Core"
XML = """
<node>
  <interface name="org.gnome.Mutter.IdleMonitor">
    <method name="GetIdletime"><arg type="t" name="idletime" direction="out"/></method>
  </interface>
</node>
"""

idle_ms = 0
loop = GLib.MainLoop()


def on_call(_conn, _sender, _path, _iface, method, _params, invocation):
    if method == "GetIdletime":
        invocation.return_value(GLib.Variant("(t)", (idle_ms,)))
    else:
        invocation.return_dbus_error("org.freedesktop.DBus.Error.UnknownMethod", method)


def on_bus(conn, _name):
    info = Gio.DBusNodeInfo.new_for_xml(XML).interfaces[0]
    conn.register_object(PATH, info, on_call, None, None)


def on_name(_conn, _name):
    print("ready " + os.environ["DBUS_SESSION_BUS_ADDRESS"], flush=True)


def on_stdin(channel, _condition):
    global idle_ms
    line = channel.readline()
    if not line:
        loop.quit()
        return False
    idle_ms = int(line)
    print("set %d" % idle_ms, flush=True)
    return True


Gio.bus_own_name(Gio.BusType.SESSION, NAME, Gio.BusNameOwnerFlags.NONE, on_bus, on_name, None)
stdin = GLib.IOChannel.unix_new(sys.stdin.fileno())
GLib.io_add_watch(stdin, GLib.PRIORITY_DEFAULT, GLib.IOCondition.IN | GLib.IOCondition.HUP, on_stdin)
loop.run()
