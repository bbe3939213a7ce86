// Everything that draws also speaks the core's vocabulary (Size, Rect, Key, Model).
@_exported import GlueCore
