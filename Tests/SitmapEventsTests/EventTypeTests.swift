import SitmapEvents
import Testing

@Suite struct EventTypeTests {
    @Test func subEventTypesBelongToACLEDsEventTypes() {
        #expect(SubEventType.airDroneStrike.eventType == .explosionsRemoteViolence)
        #expect(SubEventType.nonStateActorOvertakesTerritory.eventType == .battles)
        #expect(SubEventType.governmentRegainsTerritory.eventType == .battles)
        #expect(SubEventType.nonViolentTransferOfTerritory.eventType == .strategicDevelopments)
        #expect(SubEventType.civiliansDisplaced.eventType == .displacement)
        #expect(EventType.explosionsRemoteViolence.rawValue == "Explosions/Remote violence")
    }
}
