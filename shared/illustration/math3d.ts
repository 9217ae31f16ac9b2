/** Minimal 3D vector and rotation-matrix helpers for the figure's forward kinematics. */
export type Vec3 = readonly [number, number, number]
/** Row-major 3×3 matrix. */
export type Mat3 = readonly [Vec3, Vec3, Vec3]

const RAD = Math.PI / 180

export const IDENTITY: Mat3 = [[1, 0, 0], [0, 1, 0], [0, 0, 1]]

export function add(a: Vec3, b: Vec3): Vec3 {
  return [a[0] + b[0], a[1] + b[1], a[2] + b[2]]
}

export function apply(m: Mat3, v: Vec3): Vec3 {
  return [
    m[0][0] * v[0] + m[0][1] * v[1] + m[0][2] * v[2],
    m[1][0] * v[0] + m[1][1] * v[1] + m[1][2] * v[2],
    m[2][0] * v[0] + m[2][1] * v[1] + m[2][2] * v[2]
  ]
}

export function multiply(a: Mat3, b: Mat3): Mat3 {
  const c0 = apply(a, [b[0][0], b[1][0], b[2][0]])
  const c1 = apply(a, [b[0][1], b[1][1], b[2][1]])
  const c2 = apply(a, [b[0][2], b[1][2], b[2][2]])
  return [[c0[0], c1[0], c2[0]], [c0[1], c1[1], c2[1]], [c0[2], c1[2], c2[2]]]
}

/** Rotation about the x axis (forward) by degrees. */
export function rotX(deg: number): Mat3 {
  const c = Math.cos(deg * RAD)
  const s = Math.sin(deg * RAD)
  return [[1, 0, 0], [0, c, -s], [0, s, c]]
}

/** Rotation about the y axis (up) by degrees. */
export function rotY(deg: number): Mat3 {
  const c = Math.cos(deg * RAD)
  const s = Math.sin(deg * RAD)
  return [[c, 0, s], [0, 1, 0], [-s, 0, c]]
}

/** Rotation about the z axis (the body's right) by degrees. */
export function rotZ(deg: number): Mat3 {
  const c = Math.cos(deg * RAD)
  const s = Math.sin(deg * RAD)
  return [[c, -s, 0], [s, c, 0], [0, 0, 1]]
}

export function chain(...ms: Mat3[]): Mat3 {
  return ms.reduce((acc, m) => multiply(acc, m), IDENTITY)
}
